"""The words that tell what a figure counts: measure keys and their words, nouns for people and for things.

``measure_from`` finds the measure whose words occur in a text; ``people_noun`` tells a noun for people from a noun
for things ("trucks", "buildings"), which keeps its own key however the clause treats people.
"""

from __future__ import annotations

import re

#: time units a figure may wrongly hang on: "up from 90 a week earlier"
TIME_UNITS = frozenset("day days week weeks month months year years hour hours night nights".split())
#: diseases caught ("contracted dengue"): their patients are cases of an outbreak
DISEASES = (r"(?:cholera|measles|dengue|typhus|typhoid|diphtheria|malaria|flu|influenza|covid(?:-19)?|coronavirus|virus|"
            r"fever|tuberculosis|TB|polio|mpox|monkeypox|ebola|hepatitis|infections?|diseases?|illness(?:es)?|pox|"
            r"dysentery|meningitis|pneumonia|plague|anthrax|rabies|scarlet fever|whooping cough|mumps|rubella|"
            r"chickenpox|smallpox|legionnaires'?|salmonella|norovirus|e\. coli|listeria|botulism)\b")
#: disasters and wars people leave a place after ("Since the eruption began")
DISASTERS = (r"(?:eruption|quake|earthquake|floods?|flooding|fighting|shelling|war|hurricane|cyclone|typhoon|storm|"
             r"fires?|wildfires?|bombardment|offensive|invasion|tsunami|drought|landslides?|siege|clashes|violence|"
             r"bombing|airstrikes?|air strikes?)\b")
#: words -> measure; a noun, verb, adjective or phrase near the figure decides it
MEASURE_WORDS: tuple[tuple[str, str], ...] = (
    ("cases", r"(?<!the )(?<!by the )(?<!a )counts? of (?![\d$£€]|(?:about|some|around|nearly|almost|roughly|at least|more than|over|up to)\b)|"
              r"criminal cases?|(?<!without )(?<!without any )charges?\b|charged|indict|investigat(?:ions?|ing|ed)\b|under investigation|"
              r"prosecut(?:ions?|ed)\b|\bcases?\b|protocols|defendants|on trial|stand trial|proceedings|acquit\w*|"
              # a verdict on people: "convicted three of them" (a jury's "found … not guilty": ``forces.ruled_on``)
              r"convict(?:ed|ing|s)?\b(?! (?:felons?|criminals?|killers?|murderers?))|convictions? of\b|"
              # people who fell ill: "sickened dozens", "42 fell ill" (cases of an illness)
              r"sicken\w*|f[ae]ll(?:en)? (?:ill|sick)|(?:taken|been) ill|infected|infections\b|caseloads?\b|"
              # catching a disease: "have contracted dengue", "caught cholera", "came down with measles"
              r"(?:contract(?:ed|ing|s)?|c(?:aught|atch(?:es|ing)?)|c[oa]me down with|diagnosed with|sick with|ill with|"
              r"suffering from) (?:the |a )?(?:\w+ )?" + DISEASES + r"|diagnosed\b|"
              # crimes counted as recorded offences ("1,912 burglaries"): plural nouns only, the event of one crime
              # ("arrested over the robbery") is not a count of cases
              r"burglaries|robberies|thefts|offen[cs]es|crimes|break-ins|lootings|assaults|rapes|carjackings|muggings"),
    ("deaths", r"kill|dead(?!lock)|die|died|dying|death|deaths|(?<!non-)(?<!non)fatal|(?<!enforcement )(?<!government )(?<!governing )"
               r"(?<!state )(?<!public )(?<!official )(?<!regulatory )(?<!security )bod(?:y|ies)\b|lives|perish|murder|"
               r"slain|slaughter|massacre|tolls?\b|lost their lives|eliminat(?:ed|ing)\b|liquidat(?:ed|ing)\b|neutrali[sz]ed\b|destruction of\b|shot dead|homicide|execut(?:ed|ions?)\b"
               # (not "the execution of a search warrant", "executed the plan")
               r"(?! (?:of )?(?:an? |the |their |his |its )?(?:search |arrest |court )?(?:warrants?|orders?|plans?|"
               r"contracts?|budgets?|strateg\w+|projects?|programm?es?|duties|tasks|decisions?|rulings?|judgm?ents?)\b)|drown|"
               r"(?:did|does|do)(?: not|n't) survive|succumb\w*|"
               # a war communique's "destroyed 37 fighters", "are destroyed to 60 militants of the enemy"
               r"destroy(?:ed|ing|s)?\s+(?:(?:up\s+)?to\s+|about\s+|some\s+|over\s+|more than\s+|nearly\s+|at least\s+)?"
               r"[\w,.]+\s+(?:[\w-]+\s+)?(?:fighters|militants|insurgents|terrorists|bandits|mercenaries|soldiers|"
               r"servicemen|troops|gunmen|rebels|enemy)\b|"
               # a side's losses in battle: "had lost 12 men", "lost about 40 soldiers"
               r"lo(?:st|se|sing) (?:(?:about|some|around|at least|more than|over|nearly|up to)\s+)?(?:\S+ ){1,2}?"
               r"(?:men|soldiers|servicemen|fighters|troops)\b"),
    ("injuries", r"injur|wound|hurt|(?:had|have|has|were|was|been|being|got) (?:\w+ )?beaten\b(?! (?:in|at|by) (?:the )?(?:elections?|polls?|votes?|race|finals?|match|game|runoff|rival|incumbent|opposition|party|deadline))|beat(?:ing|en)? up\b|non-?fatal (?:shootings|stabbings|injuries|wounds|overdoses)|hospitali[sz]|treat(?:ed|ing)\b|maimed|casualt|\bshot\b(?! down\b)|(?:taken|rushed|admitted) to (?:a |the )?(?:[\w-]+ ){0,2}?"
                 r"hospitals?|sen[dt] (?:\w+ ){1,3}to (?:a |the |area |local )?hospitals?|gunshot wounds?|"
                 # people delivered to hospital, also in translated word order: "Into hospital are delivered 27 persons"
                 r"(?:delivered|brought|transported) (?:to|into) (?:a |the )?hospitals?|(?:^|(?<=\W))(?:to|into) (?:a |the )?"
                 r"hospitals? (?:are|were|is|was|have been|has been) (?:delivered|brought|taken|transported|admitted)\b|"
                 r"(?:critical|serious|stable|fair|good|grave) condition|burns\b|burned(?! (?:out|down)\b)|smoke inhalation|(?:there (?:are|were|is|was|have been|has been) |(?:are|were|have|has|had) )suffered\b(?!\s+(?:[\w-]+\s+){0,3}?(?:losses|damage|defeats?|setbacks?|blows?|outages?|delays?)\b)|poisoned|stabb(?:ed|ing)\b|(?:were|was|been|being|got|get) (?:badly |severely )?beaten\b|(?:was|were|been|being|got|get) (?:\w+ )?harmed\b|"
                 # people still in a hospital's wards ("Some 120 are still in its wards")
                 r"(?:still |remain\w* )?in (?:(?:its|the|their|hospital|intensive[- ]care)\s+)?(?:\w+\s?['’]s?\s+)?wards\b|"
                 # gunfire "hitting five customers" (a thing hit keeps its own noun: "striking two cars")
                 r"(?:hitting|striking|wounding)\s+(?=(?:at least |about |some |more than )?(?:\d|one|two|three|four|five|six|"
                 r"seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|dozens|several|a dozen)\b)|"
                 # struck, or hit by something that hurts ("nobody inside was struck", "hit by flying glass")
                 r"(?:was|were|been|being|got|get) struck\b(?! (?:by|with) (?:a |the )?(?:fines?|charges?|sanctions?))|"
                 # people hit by gunfire or shrapnel, said without what hit them: "seven people were hit, three of whom died"
                 r"(?:was|were|been|being|got|get) (?:\w+ )?hit\b(?! (?:by|with) (?:a |the |an? )?(?:\w+ )?(?:fines?|charges?|"
                 r"sanctions?|tax\w*|tariffs?|penalt\w+|lawsuits?|cuts?|delays?|outages?|shortages?))|"
                 # light wounds: "three bystanders were grazed"
                 r"grazed|bruised|concussed|concussions?|lacerat\w+|scalded|scorched|(?:cuts|bruises|fractures|"
                 r"broken bones) and|received (?:\w+ )?(?:wounds|traumas)|"
                 r"(?:(?:was|were|been|being|got|get) )?(?:hit|struck) (?:by|with) (?:a |the |stray |flying |falling )?(?:gunfire|bullets?|"
                 r"shrapnel|debris|glass|rounds?|shots?|cars?|vehicles?|trucks?|vans?|trains?|buses|rocks|stones|"
                 r"projectiles?|fragments?)\b|(?:needed|needing|required|requiring|received|receiving|given|sought) "
                 r"(?:\w+ )?(?:(?:hospital|medical|emergency) (?:treatment|care|attention)|treatment|first aid)\b|(?:taken|rushed|transported|airlifted|flown) to "
                 r"(?:\S+ ){0,4}?(?:medical cent(?:er|re)|clinic|trauma cent(?:er|re)|infirmary)|in (?:a |the )?hospitals?\b|critical(?:ly)?\b(?! of)"),
    ("arrests", r"arrest|detain|detention|custody|apprehend|"
                # booked into jail or on charges: "booked three men on trafficking charges" (not a flight or a room)
                r"booked\b(?!\s+to\s+(?!jail|prison|custody|court)\w)(?! (?:a |an |the |their |his |her |its |\S+ )?(?:flights?|rooms?|tickets?|seats?|hotels?|tables?|"
                r"appointments?|passages?|venues?|halls?|slots?|tours?|trips?|holidays?|places?|beds?|cabins?|sessions?))|held(?! (?:by|hostage|captive))(?! (?:a |an |the |their |its )?(?:[\w-]+ ){0,3}?(?:strikes?|stoppages?|walk-?outs?|protests?|rall(?:y|ies)|meetings?|talks|vigils?|marches|demonstrations?|sit-ins?|elections?|votes?|ballots?|referend\w*|go-slows?)\b)|"
                # people captured (not on video: "captured on surveillance video", "a phone video captured four gunshots")
                r"(?:(?:were|was|been|being|are|is|get|got) captured\b|(?<!video )(?<!camera )(?<!footage )captur(?:ed|ing) "
                r"(?=(?:about |some |at least |more than )?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                r"eleven|twelve|dozens|scores|hundreds)\b))"
                r"(?! (?:\w+ ){0,3}?(?:on|by) (?:\w+ )?(?:video|camera|cameras|film|tape|footage|surveillance|cctv)\b)|"
                # "are holding 5 suspects" (not hostages, nor talks or a vote)
                r"holding(?= (?:(?:about|some|at least|more than|nearly|up to|around|another|a further) )?(?:\d[\d,]*|one|two|three|"
                r"four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|scores|hundreds|several|a few)\b"
                r"(?! (?:\w+ ){0,3}?(?:hostages?|captives?|guns?|rifles?|weapons?|signs|placards|banners|candles)))|"
                r"holding (?:the |a |two |three )?(?:suspects?|detainees?)\b|jail(?!ed for (?:life|\w+ (?:years?|months)))|"
                r"(?<!terms of )(?<!term of )imprison(?!ed for (?:life|\w+ (?:years?|months)))|round(?:ed)? up|taken in(?! ?(?:to )?captiv)|"
                r"(?:led|taken|marched|carted) (?:away|off) in handcuffs|handcuffed|"
                # people brought to a police station (translated "are delivered in the police stations")
                r"(?:delivered|taken|brought|escorted|conveyed|driven) (?:in|to|into) (?:the |a )?(?:nearest |local |district )?"
                r"police (?:stations?|departments?|precincts?|offices?|headquarters|cells)\b|"
                r"(?<!years )(?<!year )(?:behind bars|in (?:jail|prison))"),
    ("missing", r"missing|unaccounted|disappear|vanish(?:ed|ing)?\b|(?:being|been|are|is|were) (?:still )?(?:searched|looked|hunted) for\b|trapped|buried (?:under|beneath|in|alive)|(?:under|beneath) (?:the )?"
                r"(?:rubble|debris|mud|snow|ruins|wreckage|remains of|collapsed|landslide|avalanche)|"
                r"dig(?:ging)? for\b|"
                # contact lost with a unit, a search for a figure: "lost contact with 12 soldiers", "the search for the
                # remaining three", "Continue the search of 7 fishermen" (not a hunt for named culprits)
                r"(?:lost|losing|lose|loses) (?:all )?(?:contact|touch|radio contact) with\b|"
                r"\bsearch (?:for|of) (?:the (?:remaining|other|last|missing) )?(?=(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|"
                r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|dozens|several)\b)(?!\S+ (?:\S+ )?(?:suspects?|gunm[ae]n|attackers?|"
                r"fugitives?|escapees|killers?|robbers?|perpetrators?|assailants?)\b)|"
                # rescuers "still searching for 16 others": people not found yet (a named noun keeps its own key:
                # "searching for two suspects")
                r"(?:search\w*|look\w*|hunt\w*) for (?:(?:about|some|around|at least|more than|up to|another|a further"
                r"|the remaining|the other) )?(?:\S+ ){1,2}?(?:others|more|people|persons)\b|(?:search\w*|comb\w*) (?:the )?(?:rubble|debris|wreckage|ruins|waters?|sea|river) for\b|"
                r"(?:fate|whereabouts) (?:\w+ ){0,9}?(?:unknown|unclear|uncertain|not known)|not (?:yet )?(?:been )?"
                r"(?:found|located|traced)\b|neither (?:\w+ ){0,5}?(?:has|have) been (?:found|located|traced)"),
    ("survivors", r"found (?:\S+ ){0,3}?alive|rescued|(?:pulled|brought|dug|carried|taken|hauled|got|gotten) (?:\S+ ){0,3}?(?:out |ashore |up |back )?alive|survivors|"
                  r"survived|(?:brought|hauled|lifted|winched) (?:\S+ ){0,3}?(?:to the surface|up from the (?:mine|pit|shaft))|(?:winched|airlifted|lifted|plucked|brought|carried|hauled|pulled) (?:\w+ ){0,3}?to safety|"
                  # a sea rescue's people landed: "the lifeboat brought ashore 48 migrants" (bodies are counted as dead
                  # by their own noun)
                  r"(?:brought|pulled|hauled|carried|helped|plucked|ferried) (?:\S+ ){0,3}?(?:ashore|to shore)\b|"
                  # taken alive out of the water or a mine: "plucked from the water", "reached the surface unaided"
                  r"(?:plucked|pulled|fished|hauled|lifted|winched|rescued|picked up) (?:\S+ ){0,3}?(?:from|out of|off) "
                  r"(?:the |a |an )?(?:[\w,-]+ ){0,3}?(?:water|sea|waves|river|lake|surf|flood ?waters?|boats?|dinghy|dinghies|"
                  r"rafts?|lifeboats?|vessels?|wreck(?:age)?|sinking ships?)\b|"
                  r"(?:reached|made it to|got to|climbed to|returned to) (?:the )?(?:surface|safety|shore|land)\b"),
    ("displaced", r"displac|homeless|fled|flee|refugee|uproot|shelter(?:ing|ed)? in|"
                  r"(?:forced|driven|chased|expelled) (?:\S+ ){0,4}?(?:from|out of) (?:their|his|her|the)\b|"
                  r"left their homes|lost their homes|lost (?:the|their) roofs? over (?:the|their) heads?|(?:forced|compelled|made) to (?:leave|abandon|flee)\b|"
                  # people gone from the places they lived: "15,000 people have left the border villages"
                  r"\bleft (?:the|their) (?:[\w-]+ ){0,2}?(?:homes?|villages?|towns?|cit(?:y|ies)|regions?|areas?|districts?|"
                  r"provinces?|zones?|valleys?|country)\b|"
                  # people gone since a war or disaster began: "a third of the residents has left since the shelling began"
                  r"\b(?:have|has|had) (?:\w+ )?left(?=\s+(?:since\b|after\b|because\b|amid\b|as (?:the )?"
                  r"(?:fighting|shelling|war|floods?|fires?|water)\b))|"
                  # people staying in shelters, in either word order: "In evacuation centres of the district remain 2,150"
                  r"\bin (?:the |its |their |local |makeshift |temporary )?(?:evacuation|relief|emergency) "
                  r"(?:cent(?:re|er)s?|shelters?|camps?|sites?)\b|crossed (?:the |into )?(?:border|frontier)|crossed (?:over )?into\b|"
                  # forced from home by the event: "the 2,700 people forced out by the floods"
                  r"(?:forced|driven|flooded|burn(?:ed|t)|washed|bombed|shelled|smoked) out (?:by|of their|of his|of her)\b|"
                  # gone from a place after a disaster or war named before: "Since the eruption began, 6,500 islanders
                  # have left Tolle"
                  r"(?:since|after|amid|because of|following|as) (?:the |a )?(?:\w+ )?" + DISASTERS + r"[^.;]{0,90}?\b"
                  r"(?:have|has|had) (?:\w+ )?left\b|"
                  # gone from a named place, said at the end of the clause: "6,500 islanders have left Tolle, the harbour
                  # authority said"
                  r"\b(?:have|has|had) (?:\w+ )?(?:left|fled|abandoned|deserted) (?:(?-i:[A-Z])[\w'’-]+ ?){1,3}(?=[,.;]|$|"
                  r"(?:since|after|amid|because|as|for|during)\b)|without (?:a )?(?:shelter|roof|home)|"
                  # the event only implied by where people now live: "410 remain in temporary camps"
                  r"(?:sleeping|living|staying|camping) (?:rough|outdoors|outside|in (?:their )?(?:cars|vehicles|tents|the open))|"
                  r"staying with (?:relatives|friends|family|host families)|(?:living|liv(?:e|es)|remain\w*|sheltering|staying|housed|"
                  r"sleeping) in (?:\S+ ){0,3}?(?:camps?|shelters?|tents)\b|"  # "the Hollin Fields camp"
                  # sleeping in public buildings turned into shelters: "some 12,000 are sleeping in schools and mosques"
                  r"(?:sleep\w*|shelter\w*|camp\w*|housed|put up) in (?:\S+ ){0,2}?(?:schools|mosques|churches|gyms|gymnasiums|"
                  r"sports halls|stadiums|public buildings|community cent(?:er|re)s|town halls)\b|(?:temporary|makeshift|emergency) (?:accommodation|housing)|"
                  r"spen[dt] (?:the|a|another|(?:a )?(?:second|third|fourth|fifth|sixth|seventh)|(?:\w+day|last)) nights? (?:in|at|outside|on)\b"
                  r"(?! (?:a |the )?(?:jail|prison|police|cells?|custody|detention|hospital|intensive)\b)|(?:put up|housed|rehoused|accommodated|sheltering) in"),
    ("evacuated", r"evacuat|(?:moved|taken|brought|bussed|ferried|transferred) to (?:\w+ )?(?:safety|safer|shelters?|"
                  r"higher ground|camps|accommodation|evacuation cent(?:re|er)s?)|relocated|"
                  r"moved (?:out|away|inland)\b|"
                  # people led or ordered out of a place in danger: "were ordered out ahead of the cyclone", "led out
                  # before dawn", "taken off the mountain", "might have to be moved from the delta"
                  r"(?:ordered|led|taken|helped|shepherded|escorted|guided|hurried|ushered|got|gotten) out\b(?! (?:of )?"
                  r"(?:of )?(?:business|office|power|the race|contention))|(?:taken|lifted|brought|ferried|flown|helped|airlifted|winched) off "
                  r"(?:the |a |an )?(?:[\w-]+ )?(?:mountain|island|ship|vessel|boat|ridge|roofs?|rooftops?|glacier|slopes?|"
                  r"peak|summit|cliffs?|rig|platform|train|ferry|liner|massif|volcano|reef|sandbank)s?\b|(?:be|been|being|were|was|are|is) (?:\w+ )?moved (?:from|out of|away from)\b|(?:bused|bussed|flown|airlifted|ferried|shipped) out\b|"
                  # carried out of a place cut off or in danger: "airlifted 230 of them out of cut-off villages" (to a
                  # hospital is an injury, above); patients or guests moved to other wards or hotels
                  r"(?:airlifted|flown|flew|ferried|shipped|bussed|bused|winched|helicoptered) (?:\S+ ){0,4}?(?:out of|from|off)\b|"
                  r"(?:moved|transferred|taken|relocated) to (?:other|another|different|neighbouring|neighboring|nearby) "
                  r"(?:wards?|buildings?|hospitals?|hotels?|facilities|sites?|blocks?)\b|(?:ordered|told|asked|urged) (?:\S+ ){0,8}?to (?:leave|abandon|evacuate)\b"),
    ("prisoners", r"prisoners of war|as prisoners\b|POWs\b|taken (?:prisoner|captive)|"
                  # "had taken 130 government soldiers prisoner"
                  r"t(?:aken|ook|ake|akes|aking) (?:\S+ ){1,4}?(?:prisoners?|captives?)\b(?! (?:to|from|at|in|of)\b)|held captive|(?:taken |held )?in(?:to)? captivity"),
    ("troops", r"troops|soldiers?\b|personnel|officers deployed|servicemen|peacekeepers|paratroopers|deploy|on duty|"
               # forces gathered to a place, also translated: "to the centre are pulled together over 3 thousand employees
               # of police" (the police named after the verb)
               r"(?:pulled|drawn|massed|concentrated) (?:together|in)\b(?=[^.;]{0,60}\b(?:police|officers|troops|guards?)\b)|"
               r"drafted in|riot police|reservists|conscripts|recruits|desert(?:ed|ing|ers|ions?)\b|called up|mobili[sz]ed|"
               r"on standby|stationed|on patrol|garrisoned|reinforcements|militaries\b|military servicemen|mercenaries|"
               # away from the unit: "14 were absent without leave", "went AWOL"
               r"absent without (?:official )?leave|AWOL\b|"
               # joining an armed force: "volunteers had joined the territorial defence units", "enlisted"
               r"(?:join(?:s|ed|ing)?|enlist(?:ed|ing)? in|sign(?:ed|ing)? up for) (?:the |a |an |its |their )?(?:[\w-]+ ){0,3}?"
               r"(?:army|armed forces|military|units?|battalions?|brigades?|regiments?|militias?|defen[cs]e forces|"
               r"ranks|guard|reserves?|foreign legion)\b|enlist(?:ed|ing|ment)\b|"
               # a force that fights: "300 mercenaries were fighting alongside the rebels"
               r"fighting (?:alongside|on the side of)\b|"
               # "thousands of volunteers on the government side"
               r"\bon the (?:government|rebel|rebels'|opposing|enemy|army's|militia's|separatist) side\b(?! of)"),
    ("participants", r"protesters|demonstrators|marchers|crowd|rall(?:y|ied)|gathered|took to the streets|turned out|"
                  # people brought or come out onto the streets, also translated: "expect to bring out on streets up to 100 thousand"
                  r"(?:bring|brings|brought|bringing|come|comes|came|coming|go|goes|went|going|pour\w*)(?: \S+){0,4}? (?:on|onto|into|to) (?:the )?streets\b|"
                     r"participants|(?<!for )(?<!of )participation|turnout|strikers|t(?:ook|aken|ake|aking) part|attended|attendance|came to|joined the|meeting|"
                     r"(?-i:march(?:ed|es|ing)?)\b|demonstration|sit-ins?\b|walk-?outs?\b|staged|protested|"
                     r"demonstrated|on (?:a |an )?(?:hunger |indefinite |general )?strike|in attendance|human chain|"
                     # a strike or protest begun or held by the people counted: "nurses began a 48-hour strike"; a crowd that
                     # gathered in a mass; the other side of clashes: "rioters", "clashes with several hundred youths"
                     r"(?:beg[au]n|begins|start(?:ed|s)?|launch(?:ed|es)?|stag(?:ed|es)|(?:went|go|goes|gone) on|held|holds|continu(?:ed|es)|"
                     r"walked out on) (?:a |an |the |their |its )?(?:[\w-]+ ){0,3}?(?:strikes?|walk-?outs?|stoppages?|sit-ins?|"
                     r"protests?|boycotts?|go-slows?|work-to-rule)\b|(?:massed|amassed|converged)\b|picket(?:ed|ing)\b|picket lines?\b|"
                     r"(?:clash(?:es|ed)?|skirmish(?:es|ed)?|fighting|scuffles?|scuffled|battles?|battled) with (?=(?:about |some |around |"
                     r"several |hundreds |thousands |dozens |scores |a few )?(?:\d|hundreds|thousands|dozens|scores|several))|"
                     # people who came to an event: "30,000 people came", "turned up", "showed up", "flocked"
                     r"(?:turned|showed) up\b(?! (?:for|at|to) (?:work|school|class\w*|lessons|(?:their|the) (?:jobs?|posts?|desks?|shifts?|"
                     r"office|factory|plant|mines?)))|c(?:a|o)me (?:out|along)\b|flock(?:ed|ing)\b|throng(?:ed|ing)\b|"
                     
                     # a crowd drawn: "the strike drew 30,000 teachers" (not "drew criticism", "drew up")
                     r"dr(?:ew|aw|aws|awing|awn)\s+(?=(?:(?:about|some|around|nearly|roughly|more than|at least|over|up to|"
                     r"an estimated|well over|close to|almost|just over|just under|upwards of|in excess of|as many as|"
                     r"no fewer than|fewer than|less than|at most|perhaps|possibly|only|barely|a mere)\s+)?['‘\"“]?(?:\d|tens of|hundreds|thousands|dozens|several|a few|a crowd))|"
                     r"fill(?:ed|ing|s)? (?:the )?(?:streets|boulevards|avenues|squares?|(?:city |town )?cent(?:re|er))\b|walk(?:ed|ing)? off the job|"
                     # a walkout: "8,000 refinery workers walked out on Monday" (not "walked out of the burning house")
                     r"walk(?:ed|ing|s)? out\b(?! of\b)|(?:stay\w*|kept|keep\w*|remain\w*) (?:off the job|away from (?:work|their jobs|"
                     r"classes|school|the (?:mines?|factor(?:y|ies)|plants?|docks|depots?)))|down(?:ed|ing)? tools|"
                     # joining a protest action, or blocking roads as one: "expected to join the strike", "farmers
                     # blocked motorways"
                     r"join(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,4}?(?:strikes?|protests?|march|marches|rall(?:y|ies)|"
                     r"demonstrations?|walk-?outs?|boycotts?|sit-ins?|pickets?)\b|"
                     r"block(?:ed|ing|aded|ading)\s+(?:[\w-]+\s+){0,2}?(?:roads?|motorways?|highways?|streets?|junctions?|"
                     r"bridges?|traffic|border crossings?|ports?)\b"),
    # people who voted: "the 3,400 who cast ballots" (turnout is handled where the figure is read)
    ("voters", r"cast (?:their |a |an )?(?:ballots?|votes?)\b|(?:who|that) (?:had )?voted\b"),
    ("sentence", r"years? in prison|years? in jail|sentenced|sentences?\b|prison terms?|jail terms?|years? behind bars|"
                 # a term of imprisonment a court appointed (translated): "the court has appointed real terms of imprisonment"
                 r"terms? of (?:imprisonment|deprivation of (?:liberty|freedom)|colony)|appointed (?:\w+ ){0,3}?terms?\b|"
                 r"(?:jailed|imprisoned) for (?:life|\w+ (?:years?|months))|probation|restitution|community service|"
                 r"ordered to pay|(?:received|given|handed|serv(?:e|ing)) "
                 r"(?:\w+ ){0,4}?terms?\b|"
                 # people given a term in years, the figure their subject: "two received eight years and the third …"
                 r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|each) (?:of (?:them|whom|those) )?"
                 r"(?:(?:were|was) )?"
                 r"(?:received|receive|got|given|handed) (?:[\w-]+ ){0,2}?(?:years?|months)\b(?! (?:ago|earlier|later|of)\b)"),
)
MEASURE_PATTERNS = tuple((name, re.compile(rf"\b(?:{words})", re.IGNORECASE)) for name, words in MEASURE_WORDS)
#: Canonical measures; any other counted noun gives a fallback measure (its lemma).
CANONICAL = frozenset(name for name, _ in MEASURE_WORDS) | {"money"}
GENERIC_NOUNS = frozenset("people person persons figure figures number numbers toll total count estimate others those "
                          "them they we us you".split())
PERSON_NOUNS = frozenset(
    "men women children teenagers teens boys girls officers officials policemen civilians students workers residents "
    "members employees journalists activists passengers miners farmers villagers inhabitants migrants victims "
    "defendants suspects fighters sons daughters people persons adults minors pupils staff guards detainees "
    "prisoners inmates patients pilgrims fans spectators tourists families reservists servicemen nationals "
    "foreigners citizens protesters demonstrators marchers strikers rioters looters opponents dissidents "
    "militants rebels gunmen bystanders individuals households agents ringleaders engineers recruits supporters "
    "firefighters medics doctors nurses crew sailors fishermen traders shopkeepers drivers pedestrians motorists "
    "customers clients visitors voters worshippers mourners hostages captives kids youths juveniles males females "
    "teachers lawyers judges deputies troopers cops gendarmes rescuers volunteers survivors evacuees refugees "
    "relatives neighbours neighbors colleagues soldiers troops police policemen personnel guardsmen sons guests "
    "athletes pilgrims parents siblings spouses couples elderly babies infants toddlers cadets pupils stewards "
    "marshals chiefs staffers crews doctors sailors visitors inspectors investigators operators contractors donors "
    "senators councillors counsellors supervisors directors editors actors authors professors protestors spectators "
    "instructors prosecutors jurors mayors creditors vendors students residents agents patients parents opponents "
    "respondents adolescents occupants migrants immigrants emigrants participants tenants assistants applicants "
    "servants merchants inhabitants claimants descendants informants attendants consultants entrants relatives "
    "detectives representatives executives natives captives fugitives operatives medics paramedics critics "
    "mechanics patrons cousins friends roommates classmates twins clerks wives husbands grandparents nephews nieces "
    "uncles aunts insurgents combatants assailants guerrillas partisans commandos pilots marines crewmen hikers "
    "climbers divers diners tourists mercenaries paramilitaries revolutionaries missionaries dignitaries "
    "emissaries adversaries accomplices associates conscripts draftees "
    # ranks and offices: "including two generals", "three colonels among them"
    "generals colonels majors captains lieutenants sergeants corporals admirals commanders ministers lawmakers "
    "legislators diplomats bishops priests monks nuns imams clerics rabbis chefs coaches players "
    # people named by a deed or role ending in -or(s): "two co-conspirators", "the perpetrators"
    "conspirators perpetrators collaborators defectors aggressors investors debtors sponsors tutors auditors assessors "
    "counselors mentors survivors successors predecessors ancestors actors visitors benefactors warriors "
    "co-conspirators co-defendants co-accused accused accountants peasants claimants "
    # people named by what they do in a crowd: "only '2,000 agitators'", "barely 700 hooligans"
    "agitators hooligans thugs vandals provocateurs radicals extremists lifeguards".split()
)
#: endings of plural nouns for people the list above does not name ("organisers", "scientists", "civilians")
PERSON_ENDING = re.compile(r"(?:ers|eurs|ists|ians|ees|men|ren|folk)$", re.IGNORECASE)
#: measures that count people: a plural noun for things ("trucks", "buildings") is counted by its own key even
#: where the clause tells what happened to people ("… were drafted in", "… perished")
PEOPLE_MEASURES = frozenset({"deaths", "injuries", "arrests", "missing", "survivors", "displaced", "evacuated",
                             "troops", "participants"})


#: fighters who are taken prisoner, not arrested, when captured
MILITARY_NOUNS = frozenset("soldiers troops fighters servicemen militants rebels marines sailors conscripts recruits "
                           "paratroopers guardsmen".split())
#: police and guards: counted as a force where they are placed ("officers on the streets")
SECURITY_NOUNS = frozenset("officers police policemen policewomen gendarmes guards guardsmen deputies troopers "
                           "agents marshals".split())
DEPLOYED = re.compile(r"\s+(?:(?:were|are|had been|have been|was|remain|remained)\s+)?(?:(?:now|still)\s+)?"
                      r"(?:on the streets|on the ground|in place|on alert|on the beat|at the scene|out in force)\b",
                      re.IGNORECASE)


#: things whose names end as nouns for people do ("bulldozers", "helicopters")
THING_NOUNS = frozenset("bulldozers helicopters containers tankers trailers computers shelters towers centers centres "
                        "papers letters vouchers boulders scooters tractors lorries ferries trolleys "
                        # arms and their parts: "bullets of two different calibers"
                        "calibers calibres revolvers holsters triggers silencers suppressors chambers "
                        # guns, launchers and ships of war: "a dozen howitzers"; goods: "63 stolen catalytic converters"
                        "howitzers launchers bombers destroyers cruisers carriers minesweepers choppers converters "
                        "transformers generators chargers printers routers heaters boilers meters speakers "
                        "stickers posters banners fliers flyers".split())


def people_noun(word: str) -> bool:
    """Whether a plural noun may name people: listed, or ending as nouns for people do ("scientists")."""
    lower = word.lower()
    if lower in THING_NOUNS:
        return False
    return lower in PERSON_NOUNS or lower in GENERIC_NOUNS or bool(PERSON_ENDING.search(lower))
#: a court context, where a number of years is a prison term: "seeking up to 12 years for each of the four defendants"
PRISON = re.compile(r"prison|jail|sentenc|imprison|deprivation of (?:freedom|liberty)|behind bars|terms? of|convicted|"
                    r"(?:suspended|custodial) (?:[\w-]+ )?(?:terms?|sentences?)\b|serv(?:e|es|ed|ing) (?:a |an |his |her |their )?[\w-]+[ -]terms?\b|"
                    r"defendants?|probation|prosecutors? (?:are |were |is |was )?(?:seek|demand|ask)|"
                    # a term in years, or time served of one: "of the nine-year term", "would serve less than two years"
                    r"\b[\w]+[- ](?:year|month)[- ](?:prison |jail |custodial )?(?:terms?|sentences?)\b|"
                    r"\bserv(?:e|es|ed|ing)\b[^.;]{0,40}?\bterms?\b(?! (?:in|of) office)|"
                    r"\b(?:his|her|their) terms?\b(?! (?:in|of) office)|"
                    # terms handed down by a court: "handed the other five terms ranging from two to six years"
                    r"\b(?:hand(?:s|ed|ing)?|g[ai]ve|given|giving|receiv(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,3}?terms?\b"
                    r"(?! (?:in|of) office)|\bterms? ranging\b|"
                    # translated sentences: "6 years of the colony of the general regime", "a penal colony"
                    r"\bcolony of (?:the )?(?:general|strict|special|high[- ]security|maximum[- ]security) regime|penal colon",
                    re.IGNORECASE)
#: "In Kessary alone, local media counted 230." names a figure whose measure the sentence before gives
FIGURE_WORDS = re.compile(r"\b(?:figure|toll|number|count|counted|total|tally|estimate|stood at|stands at|put)\b", re.I)


def measure_from(text: str, anchor: tuple[int, int] | None = None) -> str | None:
    """The measure whose words occur in ``text``: the one nearest the figure at text[anchor[0]:anchor[1]] when an
    anchor is given ("police opened an investigation into the deaths of 12 people" counts deaths, "charged 640
    people over the killings" counts cases), else the first in MEASURE_WORDS order (a short phrase: "murder
    cases", "counts of murder" are cases)."""
    best: tuple[int, int, str] | None = None
    for rank, (name, pattern) in enumerate(MEASURE_PATTERNS):
        for match in pattern.finditer(text):
            if anchor is None:
                return name
            distance = max(match.start() - anchor[1], anchor[0] - match.end(), 0)
            if best is None or (distance, rank) < best[:2]:
                best = (distance, rank, name)
    return best[2] if best else None
