"""Word lists for quote attribution: cue verbs, pronouns, role nouns and gendered first names.

General English, not tuned to one corpus. Cue verbs come in three classes, because they take their
content differently:

* SPEECH verbs report an utterance; their content is a that-clause, a clause before "X said", or a quote.
* BELIEF verbs report a stance or a finding ("believes", "a poll shows"); only a that-clause counts, so
  "he knows the city" is no attribution.
* FRAMING verbs report speech through an object and its complement ("called the plan 'reckless'",
  "accused Meridia of stalling", "described him as a traitor", "urged voters to stay home").
"""

from __future__ import annotations

SPEECH = frozenset("""
say tell add state claim announce declare explain argue insist maintain contend assert allege suggest warn
caution write tweet post retweet report confirm acknowledge admit concede deny reply respond answer retort
remark comment observe recall recount testify predict promise pledge vow threaten boast brag complain lament
joke quip exclaim shout yell scream whisper mutter ask wonder question demand emphasize emphasise stress
reiterate repeat conclude counter object protest mention quote inform advise estimate speculate hint
imply indicate reveal disclose proclaim publish assure reassure notify note continue relate point reckon muse
affirm reaffirm confide confess plead clarify elaborate specify surmise posit theorize theorise blog text
email message broadcast announce agree disagree concur rebut refute recommend propose forecast instruct
speak talk express dispute rail
""".split())
BELIEF = frozenset("""
believe think feel fear hope expect know realize realise worry doubt assume suspect find show determine
learn understand guess imagine bet wish decide estimate acknowledge recognize recognise predict conclude
""".split())
FRAMING = frozenset("""
call describe accuse blame dismiss label brand dub term denounce condemn criticize criticise praise hail
slam blast urge ask implore cite characterize characterise portray decry
""".split())
#: prepositions that carry a FRAMING verb's complement ("accused X of", "described X as", "called for")
FRAMING_PREPOSITIONS = {"accuse": {"of"}, "blame": {"for"}, "describe": {"as"}, "dismiss": {"as"},
                        "characterize": {"as"}, "characterise": {"as"}, "portray": {"as"}, "label": {"as"},
                        "brand": {"as"}, "denounce": {"as", "for"}, "condemn": {"as", "for"},
                        "criticize": {"as", "for"}, "criticise": {"as", "for"}, "praise": {"as", "for"},
                        "hail": {"as", "for"}, "slam": {"as", "for"}, "blast": {"as", "for"},
                        "call": {"for", "on"}, "cite": {"as"}, "decry": {"as"}}
#: particles and prepositions that belong to the cue itself ("pointed out", "called for")
CUE_PARTICLES = {"point": {"out"}, "call": {"for", "on"}, "write": set(), "make": {"clear"}}

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

#: nouns naming a person by role; a definite one ("the activist") refers back to a named person
PERSON_ROLES = frozenset("""
activist spokesman spokeswoman spokesperson official minister president senator governor mayor lawyer attorney
leader chief chairman chairwoman chair director candidate nominee secretary ambassador envoy commander general
officer adviser advisor aide analyst expert economist professor researcher scientist doctor witness resident
journalist reporter editor correspondent columnist author writer actor actress singer star player coach
executive ceo founder owner manager prosecutor judge justice sheriff chancellor premier king queen prince
princess congressman congresswoman lawmaker legislator representative delegate diplomat politician strategist
pollster businessman businesswoman billionaire mogul host anchor commentator blogger protester organizer
organiser campaigner critic supporter opponent victim survivor father mother husband wife son daughter brother
sister woman man student teacher pastor priest imam rabbi bishop pope cleric colonel captain sergeant
lieutenant major admiral commissioner inspector investigator detective negotiator mediator monitor observer
""".split())
FEMALE_ROLES = frozenset("""
spokeswoman chairwoman actress queen princess congresswoman businesswoman mother wife daughter sister woman
""".split())
MALE_ROLES = frozenset("""
spokesman chairman king prince congressman businessman father husband son brother man pope
""".split())
#: nouns naming an institution; a definite one ("the ministry") may refer back to a named organisation
ORG_ROLES = frozenset("""
ministry government administration agency department office committee commission council company firm
campaign party police army military court parliament senate house congress embassy consulate bureau
authority authorities service union federation organization organisation group coalition alliance network
newspaper paper channel broadcaster station outlet website site magazine institute foundation bank board
cabinet presidency kremlin palace mission delegation regime junta prosecutor's prosecutors
""".split())
#: nouns for a message; its issuer is the speaker ("a statement from the ministry said")
DOCUMENT_NOUNS = frozenset("""
statement tweet post report letter release communique communiqué message note memo document study survey
poll analysis editorial article op-ed column video ad advertisement spot email announcement notice
data figures records footage photo image research review audit investigation census
""".split())

MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "monsieur", "herr", "señor", "senor"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "lady", "dame", "queen",
                           "princess", "señora", "senora", "frau"})

MALE_NAMES = frozenset("""
aaron adam adrian ahmed ahmad alan albert alejandro alex alexander alexei ali andre andrew andrei angel anthony
antonio arthur barack ben benjamin bernie bill billy bob boris brandon brian bruce carl carlos charles chris
christopher chuck daniel david dennis dmitry donald doug douglas dylan eduardo edward emmanuel eric erik evan
frank fred frederick gary george gerald gordon greg gregory hans harold harry henry hugo ian igor isaac ivan
jack jacob james jared jason javier jean jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny
jon jonathan jorge jose joseph josh joshua juan justin kassym keith ken kenneth kevin kim kyle lance larry
lee leonard louis luis luke marco marcus mario mark martin matt matthew max michael miguel mike mitch
mohammed muhammad nathan neil nicholas nick nikolai noah oliver omar oscar pablo patrick paul pedro peter
philip phil rafael ralph ramon randy ray raymond reince richard rick robert roberto roger ron ronald rudy
russell ryan sam samuel scott sean sergei sergey steve steven stuart ted terry thomas tim timothy todd tom
tony travis trevor tyler victor vince vincent vladimir walter wayne william xavier yusuf zach
""".split())
FEMALE_NAMES = frozenset("""
abigail ada alice alicia amanda amy ana andrea angela angelina ann anna anne annie barbara betty beverly
brenda carla carmen carol caroline catherine cathy charlotte cheryl christina christine claire cynthia
dana daniela deborah debbie diana diane donna dora elena elizabeth ella ellen emily emma eva evelyn
fatima fiona frances gabriela gina grace hannah heather helen hillary huma ingrid irina isabel jackie jane
janet janice jennifer jessica jill joan joanna jodi judith judy julia julie karen kate katherine kathleen
kathy katie kelly kellyanne kimberly kristen laura lauren linda lisa lori louise lucy lynn madeleine
margaret maria marie marina marta martha mary megan melania melissa michelle monica nancy natalia natalie
nicole nina olga olivia pamela patricia paula rachel rebecca rita rosa rose ruth sandra sara sarah sharon
shirley sofia sonia sophia stephanie susan suzanne svetlana tanya teresa theresa tiffany valerie vanessa
victoria virginia wendy yulia yvonne zoe
""".split())
