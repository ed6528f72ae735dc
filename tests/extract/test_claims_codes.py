"""Numbers that name or describe something rather than count the harmed, in invented sentences of our own.

Classes the Gun Violence Archive development incidents showed as death or injury counts: a road named with a number
("Farm to Market 14", "Loop 323", "Avenue 50"), a broadcaster's channel number beside its name ("NewsCenter 7's", "13
KBTX has learned", "told 2 NEWS"), an age written "17 y.o", a police report's race and sex code before an age ("(w/m,
46)"), a house number ("at 1106 Marlin"), a gun's bore ("9 mm"), an age in brackets after a name or before a singular
verb ("Eason (10)", "Mills, 31 was shot"), one person's age in a clause ("who was 19 at the time"), two ages sharing
one "-year-old" ("17- and 18-year-old"), a counter in a photo gallery ("Image 1 of / 8"), a code after "#" or
"witness"/"vehicle", and a hyphenated modifier that counts things ("a 4-car wreck", "a 12-gauge shotgun"). Guards keep
counts beside such words.
"""

from __future__ import annotations

import pytest

from ..conftest import extracted_claims


def figures(text: str, nlp) -> list[tuple[str, str, float | None]]:
    """The figures of the text, implicit counts of one aside: (text, measure, value)."""
    return [(c.text, c.measure, c.value_high) for c in extracted_claims(text, nlp)
            if not c.extractor.startswith("rules-victims")]


@pytest.mark.parametrize("text, expected", [
    # roads named with a number
    ("A woman was killed at the intersection of Ranch Road 12 and Spur 40 on Friday.", []),
    ("Two men were wounded near Farm-to-Market 1960 and County Road 88 late Sunday.", [("Two", "injuries", 2.0)]),
    ("A teenager was shot to death near Avenue 26 in Lincoln Heights.", []),
    # a broadcaster's channel number
    ("UPDATE: 13 KBTX has learned that a deputy was shot in the leg.", []),
    ("Police told NewsChannel 5 that one person was shot.", []),
    ("Police told 3 NEWS that the gunman killed himself.", []),
    # ages written short, and after a race and sex code
    ("Family of 19 y.o killed in crash shares photo", []),
    ("The victim (B/F, 19) was shot in the arm.", []),
    # ages: in brackets after a person's name, before a singular verb, and two ages sharing one "-year-old"
    ("Police mourned the killings of Dario Fenn (12) and Tomas Reyes (15).", []),
    ("Andre Mills, 31 was shot in the hip.", []),
    ("The dead were 17- and 18-year-old cousins, police said.", []),
    ("Police said a 15 and 16-year-old were shot on Elm Court.", []),
    ("A third man, who was 19 at the time of the shooting, was charged on Friday.", []),
    ("Because Okafor was 16 when the killing happened, he was tried as a juvenile.", []),
    # a gallery counter
    ("Photo: Staff Image 1 of / 12 Caption Close Image 1 of 12 Police at the scene where a man was shot dead.", []),
    # codes after "#", "witness" and "vehicle"
    ("Victim #3 was shot in the back, the report said.", []),
    ("Witness 7 told detectives the shooter killed the clerk.", []),
    # a house number before a street's name, and a gun's bore
    ("Deputies found a man shot dead at 2207 Larkin on Sunday.", []),
    ("The boy was shot in front of 1415 Westbrook late Friday.", []),
    ("A girl was hit when a man dropped a 9 mm pistol.", []),
    # hyphenated modifiers that count things
    ("One driver was killed in the 6-vehicle pileup on Monday.", [("One", "deaths", 1.0)]),
    ("He was shot with a 45-caliber pistol.", []),
    ("The man was wounded by a 20-gauge shotgun blast.", []),
])
def test_numbers_that_name(text: str, expected: list, nlp) -> None:
    assert figures(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # counts beside such words stay counts
    ("Four people were killed on the avenue overnight.", [("Four", "deaths", 4.0)]),
    ("Two people were killed in a 4-car crash.", [("Two", "deaths", 2.0)]),
    ("Three people were shot on Main Street, police said.", [("Three", "injuries", 3.0)]),
    ("Police said 2 KFOR employees were hurt.", [("2", "injuries", 2.0)]),
    ("In Selwyn, 24 were killed and 31 were wounded.", [("24", "deaths", 24.0), ("31", "injuries", 31.0)]),
    ("On Friday, 12 were hurt, Mayor Sara Oduya said.", [("12", "injuries", 12.0)]),
    ("The toll was 19 when the count ended.", [("19", "deaths", 19.0)]),
    ("Gunmen fired at 300 Kenyans, killing 12.", [("12", "deaths", 12.0)]),
    ("At 400 Palestinians were killed, the ministry said.", [("400", "deaths", 400.0)]),
])
def test_counts_beside_them_stay(text: str, expected: list, nlp) -> None:
    assert figures(text, nlp) == expected
