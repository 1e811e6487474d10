"""The words that tell what kind of thing a name is (bench.generators.entity_kinds): a
person's titles, kin and trades, a place's and a ship's words, the verbs people do, the
prepositions places take; and what a description's words say of the name it describes
(a person's, or a place's across an "X of Y" name).
"""

from __future__ import annotations

THING_LABELS = {"ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"}
NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
PERSON_VERBS = set(
    "said says say asked asks told tells replied answered smiled laughed wept cried shouted "
    "whispered nodded thought thinks knew knows felt wanted wants decided believed loved "
    "married died wrote writes read reads sang spoke speaks spent refused agreed promised "
    "hoped feared remembered forgot noticed learned learnt realised realized looked listened "
    "walked ran climbed slept woke argued begged ordered lived visited met kissed hated "
    "prayed travelled traveled sailed rode fled returned served".split())
VERB_ENDINGS = (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
                ("ing", ""), ("ing", "e"))
TITLES = set(
    "king queen prince princess lord lady duke duchess emperor empress count countess baron "
    "baroness sir dame captain general doctor dr professor mr mrs ms miss mayor governor bishop "
    "abbot pope father brother sister uncle aunt judge master".split())
# what English calls "she" that is no person
VESSEL_NOUNS = set("ship boat vessel liner steamer steamship schooner frigate yacht ferry tanker "
                   "freighter cruiser battleship submarine brig barque ketch sloop galleon "
                   "warship trawler drifter tug tugboat barge dinghy lifeboat cutter clipper "
                   "whaler collier lugger catamaran corvette destroyer".split())
THING_NOUNS = VESSEL_NOUNS | set(
    "book song poem sword town city village river inn tavern company "
    "horse house island mountain hill lake street road castle tower church abbey hall "
    "festival newspaper journal magazine film play band firm shop farm estate moon planet "
    "station colony satellite locomotive campus".split())
# "SS Valdora", "HMS Beagle": a ship's prefix; a ship is "she" and "her" yet no person
SHIP_PREFIXES = {"SS", "HMS", "RMS", "MV", "USS", "HMAS", "HMCS", "SMS", "MS", "PS"}
# "had come to [Ludlow]", "moved from [Lyon]": where one goes or comes from is a place
MOTION_VERBS = set(
    "come came go went gone move moved return returned travel travelled traveled sail sailed "
    "fly flew drive drove walk walked ride rode emigrate emigrated flee fled relocate "
    "relocated journey journeyed retire retired arrive arrived".split())
# Verbs that move or share something between two places or holders ("moved penicillin
# between solvent and water"): the "between" is the verb's (bench.generators.object_asks)
# (every form: the parser gives no lemmas)
TRANSFER_VERBS = set(
    "move moves moved moving shift shifts shifted shifting transfer transfers transferred "
    "transferring carry carries carried carrying ferry ferries ferried ferrying shuttle "
    "shuttles shuttled shuttling transport transports transported transporting divide "
    "divides divided dividing split splits splitting share shares shared sharing pass "
    "passes passed passing pump pumps pumped pumping pipe pipes piped piping swap swaps "
    "swapped swapping send sends sent sending".split())
# Verbs that put their object somewhere: a place phrase after the object is the verb's
# ("parked [the van] on Hawthorn Street", "holds [the earpieces] against the ears";
# bench.generators.object_asks; every form)
PLACING_VERBS = set("""
park parks parked parking put puts putting place places placed placing hold holds held
holding press presses pressed pressing lean leans leaned leant leaning set sets setting lay
lays laid laying hang hangs hung hanging store stores stored storing keep keeps kept keeping
mount mounts mounted mounting fix fixes fixed fixing stack stacks stacked stacking push
pushes pushed pushing pull pulls pulled pulling drag drags dragged dragging tuck tucks tucked
tucking pin pins pinned pinning stick sticks stuck sticking load loads loaded loading prop
props propped propping rest rests rested resting leave leaves left leaving position
positions positioned positioning station stations stationed stationing inscribe inscribes
inscribed inscribing engrave engraves engraved engraving carry carries carried carrying bring
brings brought bringing move moves moved moving lift lifts lifted lifting lower lowers lowered
lowering drop drops dropped dropping throw throws threw thrown throwing""".split())
# Verbs that hand their object to someone: a "to" after the object is whom it went to
# ("presented [the petition] to the House of Commons"; bench.generators.object_asks; every
# form)
GIVING_VERBS = set("""
give gives gave given giving hand hands handed handing present presents presented presenting
deliver delivers delivered delivering submit submits submitted submitting return returns
returned returning donate donates donated donating award awards awarded awarding grant grants
granted granting lend lends lent lending sell sells sold selling bequeath bequeaths
bequeathed lose loses lost losing send sends sent sending pass passes passed passing offer
offers offered offering cede cedes ceded ceding surrender surrenders surrendered surrendering
transfer transfers transferred transferring""".split())
# Things are made and people are not: a name that "was built" or is "[X], built at ..." is a
# thing's, whatever the tagger calls it (bench.generators.entity_kinds; past participles)
MADE_PARTICIPLES = set("""
built rebuilt constructed manufactured erected launched demolished installed assembled cast
forged""".split())
REGNAL = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}
PERSON_NOUNS = set(
    "man woman boy girl child person son daughter wife husband brother sister father mother "
    "widow heir friend merchant architect painter novelist author poet sailor shepherd scholar "
    "captain soldier farmer miller smith priest monk nun doctor surgeon physician teacher "
    "student writer artist musician singer composer engineer scientist inventor explorer "
    "keeper advisor adviser servant guard knight warrior hunter fisherman founder owner maker "
    "player leader ruler lord lady king queen prince princess duke emperor judge baron count "
    "bishop abbot noble nobleman general commander nephew niece cousin uncle aunt grandson "
    "granddaughter grandfather grandmother stepson stepdaughter apprentice clerk lawyer "
    "sexton steward boatman cook maid peasant officer mercenary pilot builder carpenter "
    "mason weaver baker butcher tailor potter trader fisher fishermen warlord chieftain "
    "sheriff constable bailiff minister chancellor senator president admiral mayor governor "
    "empress duchess countess baroness professor pope "
    "ambassador envoy spy thief healer herbalist witch wizard foreman partner assistant deputy "
    "secretary manager mentor tutor companion bodyguard squire valet butler housekeeper nurse "
    "midwife governess lieutenant sergeant marshal fiance fiancee bride groom suitor orphan "
    "godfather godmother stepmother stepfather navigator quartermaster helmsman boatswain "
    "chaplain deacon vicar rector curate".split())
MONTHS = set("january february march april may june july august september october november "
             "december".split())
# Peoples by faith or party ("an Anglican clergyman", "a Liberal member"): the tagger's
# NORP covers them, but they are no nationality
CREEDS = set(
    "anglican catholic protestant methodist baptist presbyterian lutheran christian jewish "
    "muslim islamic hindu buddhist sikh quaker orthodox evangelical puritan calvinist mormon "
    "jesuit benedictine franciscan cistercian liberal conservative labour democratic "
    "democrat republican socialist communist tory whig unionist nationalist marxist "
    "royalist jacobite fascist green".split())
KIN = set(
    "son daughter wife husband brother sister father mother child children sons daughters "
    "widow heir nephew niece cousin uncle aunt grandson granddaughter grandfather "
    "grandmother friend".split())
PLACE_OF = set(
    "king queen prince princess duke duchess emperor empress lord lady count countess baron "
    "ruler governor bishop city town village kingdom river county port coast island region "
    "valley duchy empire province state capital harbour harbor bay isle land lands north "
    "south east west centre center people crown throne merchants ambassador "
    "border borders capital shores headland end edge foot top summit mouth banks bank shore "
    "outskirts heart conquest siege capture invasion sack fall northeast northwest southeast "
    "southwest river rivers nobility princes slopes slope part parts rest".split())
THING_WORDS = set(
    "inn castle abbey bay point sea river island isle mount mountain lake street church "
    "cathedral chapel tower bridge harbour harbor kingdom empire duchy university college "
    "company festival hall house palace gate road square park valley forest hill head "
    "cape coast peninsula strait ocean county province republic war battle treaty act "
    "museum library school hospital station airport port fort fortress lighthouse "
    "mountains islands hills campus haven sound falls creek fjord firth gulf reef glacier "
    "canyon ridge peak cove inlet lagoon plateau desert lane avenue crescent terrace "
    "mews parliament congress senate council government assembly society "
    "admiralty route pier highway motorway tunnel dock docks quay wharf airfield".split())
# Last words of a place's or an institution's name that are seldom a surname: such a name is a
# thing even after a title ("King Haakon Bay", "Prince Edward Island", "King's College";
# not "hill", "hall", "wood": "Sir Rowland Hill" is a person)
PLACE_ENDINGS = set(
    "bay island islands isle peninsula strait gulf lake river sound glacier fjord firth reef "
    "canyon ocean sea street road avenue square station hospital college university museum "
    "cathedral church harbour harbor creek inlet lagoon plateau desert mountains".split())
# First words of a place's name that are no given name ("Loch Oich", "Mount Etna", "Fort
# William"; not "Glen", "River": given names too)
PLACE_BEGINNINGS = {"loch", "lough", "lake", "mount", "cape", "port", "fort", "isle", "mont",
                    "monte"}
# Lower-case words inside a person's name ("Enrique Pérez de Guzmán", "Tommaso di Andrea
# Pisano", "Ludwig van Beethoven")
NAME_PARTICLES = {"di", "de", "da", "del", "van", "von", "der", "du", "la", "le"}
LANGUAGE_NOUNS = {"language", "languages", "tongue", "dialect", "script", "lingua"}
PLACE_PREPOSITIONS = {"in", "at", "into", "near", "across", "throughout", "inside", "within",
                      "towards", "toward", "outside", "around", "through"}
NAMED = {"named", "called"}
# The endings of a people's or a language's adjective ("Norman", "Gaelic", "Cornish",
# "Japanese"): a capitalised word with one may sort a noun or name a language
PEOPLE_ENDINGS = ("ean", "ian", "ese", "ish", "ic")
# Words of time: a time answer has one; "the" before one alone points back ("the decade");
# one read as an object is an adverb (bench.generators.object_asks); "the next" one points
# back (bench.generators.question_context).
TIME_WORDS = set(
    "century centuries year years decade decades day days week weeks month months morning "
    "evening night spring summer autumn fall winter dawn dusk noon midnight age era period "
    "reign today yesterday hour hours minute minutes season".split()) | MONTHS
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "last"}
ONE_OF = ORDINALS | {"eldest", "youngest", "oldest", "only", "one", "two", "three", "four",
                     "five"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


# Endings of nouns of a person's trade or role that PERSON_NOUNS lacks ("alchemist",
# "surveyor", "historian")
PERSON_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "ess", "man", "woman", "ee", "ive")


def person_noun(word: str) -> bool:
    """Whether a lower-case noun, singular or plural, names a person ("miller", "sons",
    "children")."""
    return word in PERSON_NOUNS or word.endswith("s") and word[:-1] in PERSON_NOUNS or \
        word in ("children", "men", "women", "people")


def describes_person(description: str) -> bool:
    """Whether a description is of a person: its head noun is a person noun ("the son of a
    miller"), or it is one of persons ("the second of five children of ...")."""
    parts = [part.split() for part in description.lower().split(" of ")]
    heads = [parts[0][-1]] + ([parts[1][-1]] if parts[0][-1] in ONE_OF and len(parts) > 1
                              and parts[1] else [])
    return any(person_noun(word) for word in heads)


PLACE_HEADS = {"capital", "city", "town", "village", "port", "county", "region", "province",
               "state", "country", "island", "district", "seat", "kingdom", "duchy", "parish",
               "borough", "harbour", "harbor", "suburb", "settlement", "archipelago"}


def place_apposed_across_of(name: str, description: str) -> bool:
    """Whether a place's description follows a name that ends "of <place>" ("the
    Polytechnic Institute of Brennau, the Heldrian capital"): it is the place's, not the
    whole name's, or at best unclear."""
    head = description.lower().split(" of ")[0].split()
    named = name.lower().split(" of ")[0].split()
    return " of " in name and bool(head) and head[-1] in PLACE_HEADS and \
        bool(named) and named[-1] not in PLACE_HEADS  # "the Port of Los Angeles, the ... port"
