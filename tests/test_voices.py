"""Official, independent and press voices behind a headline."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsdossier.reconcile.voices import by_voice, voice_kind
from newsdossier.records import Claim


@pytest.mark.parametrize(("source", "kind"), [
    ("the health ministry", "official"),
    ("Prosecutor General Lidiya Karaman", "official"),
    ("a government-linked channel", "official"),
    ("the county sheriff's office", "official"),
    ("A Velorian human rights group", "independent"),
    ("Doctors at Orvash City Hospital", "independent"),
    ("relatives and death certificates reviewed by the group", "independent"),
    ("a rights group citing police figures", "independent"),  # the first named speaks
    ("police, citing hospital records", "official"),
    ("Reuters", "press"),
    (None, "press"),  # the outlet's own voice
    ("Open Hands", None),  # a bare name: not guessed
    ("Ms Osten", None),
])
def test_voice_kind(source, kind):
    assert voice_kind(source) == kind


def claim(cid, low, source, as_of, qualifier="exact", status="reported") -> Claim:
    return Claim(id=cid, document="d", start=0, end=1, text=str(low), sentence="", measure="deaths", counted="people",
                 value_low=low, value_high=None if qualifier == "at_least" else low, qualifier=qualifier,
                 as_of=as_of, source=source, status=status)


def test_by_voice_takes_each_kinds_latest_firm_figure():
    claims = [claim("a", 164, "the health ministry", "2025-01-09"), claim("b", 227, "the health ministry", "2025-01-22"),
              claim("c", 300, "the interior ministry", "2025-02-01", status="retracted"),
              claim("d", 230, "a rights group", "2025-02-04", qualifier="at_least"),
              claim("e", 225, None, "2025-01-15"), claim("f", 999, "Open Hands", "2025-03-01")]
    assert {kind: c.id for kind, c in by_voice(claims).items()} == {"official": "b", "independent": "d", "press": "e"}


def test_by_voice_orders_by_report_date_like_the_headlines():
    # Tuesday's article gives Sunday's death count (as_of Sunday) after Monday's article gave Monday's lower one:
    # the later report is the voice's latest figure, as the headline rule reads it
    monday = replace(claim("a", 8, "police", "2025-03-03"), reported="2025-03-03")
    tuesday = replace(claim("b", 9, "police", "2025-03-02"), reported="2025-03-04")
    assert by_voice([monday, tuesday])["official"].id == "b"
    assert by_voice([tuesday, monday])["official"].id == "b"
    # without report dates the time a figure holds for decides, as before
    assert by_voice([claim("c", 8, "police", "2025-03-03"), claim("d", 9, "police", "2025-03-02")])["official"].id == "c"


def test_one_source_named_several_ways_has_one_key():
    from newsdossier.reconcile.voices import source_key

    ministry = {source_key(s) for s in ("health ministry data", "ORVASH - Veloria's health ministry", "Health ministry",
                                        "the Ministry of Health", "The health ministry",
                                        "the Ministry of Health of the Republic of Veloria",
                                        "Health ministry spokesman Emil Tursan")}
    assert ministry == {"health ministry"}
    assert source_key("the Ministry of Internal Affairs") == source_key("The interior ministry") == "interior ministry"
    assert source_key("the police figures") == source_key("Police") == "police"
    assert source_key("the ministry") == "ministry"  # which ministry is not said: not merged with a named one
    assert source_key("Prosecutor General Lidiya Karaman") == "prosecutor general lidiya karaman"
    assert source_key(None) == source_key("") == ""
