"""The wording of story-world facts: prose sentences and question phrasings per relation.

Train questions use the `direct` phrasings (five per relation); held-out test questions use
`paraphrase` phrasings (three per relation) that never appear in training, `reverse` (the
relation asked the other way round) and two-hop compositions.
"""

from __future__ import annotations

from bench.generators.qa_items import REFUSAL_ANSWER, RelationText  # noqa: F401  (re-exported)

RELATIONS: dict[str, RelationText] = {
    "rules": RelationText(
        prose=("{s} rules the kingdom of {o}.", "The kingdom of {o} is ruled by {s}.",
               "{s} sits on the throne of {o}."),
        direct=("Which kingdom does {s} rule?", "What land is ruled by {s}?",
                "Over which kingdom does {s} reign?", "Name the kingdom that {s} rules.",
                "Of which kingdom is {s} the ruler?"),
        paraphrase=("{s} is the ruler of which kingdom?", "The crown of which kingdom does {s} wear?",
                    "Which realm answers to {s}?"),
        reverse=("Who rules the kingdom of {o}?", "Who is the ruler of {o}?"),
    ),
    "lives_in": RelationText(
        prose=("{s} lives in {o}.", "{s} has made a home in {o}.", "In {o} lives {s}."),
        direct=("Where does {s} live?", "In which kingdom does {s} live?",
                "Which land is home to {s}?", "Name the kingdom where {s} lives.",
                "In what land has {s} made a home?"),
        paraphrase=("Where is the home of {s}?", "In which kingdom is the home of {s}?",
                    "{s} dwells in which land?"),
    ),
    "trade": RelationText(
        prose=("{s} works as {a} {o}.", "By trade, {s} is {a} {o}.", "{s} earns a living as {a} {o}."),
        direct=("What is the trade of {s}?", "What work does {s} do?",
                "How does {s} earn a living?", "What is {s} by trade?",
                "Name the craft that {s} practises."),
        paraphrase=("What is the occupation of {s}?", "{s} makes a living at what craft?",
                    "What craft does {s} follow?"),
        reverse=("Who works as {a} {o}?", "Who earns a living as {a} {o}?"),
    ),
    "owns": RelationText(
        prose=("{s} owns the {o}.", "The {o} belongs to {s}.", "{s} keeps the {o}."),
        direct=("What does {s} own?", "Which treasure belongs to {s}?",
                "What treasure does {s} keep?", "Name the treasure owned by {s}.",
                "Which treasure is kept by {s}?"),
        paraphrase=("What is in the possession of {s}?", "Which treasure is held by {s}?",
                    "{s} is the keeper of which treasure?"),
        reverse=("Who owns the {o}?", "To whom does the {o} belong?"),
    ),
    "serves": RelationText(
        prose=("{s} serves {o}.", "{s} is sworn to serve {o}.", "{s} is loyal to {o}."),
        direct=("Whom does {s} serve?", "To whom is {s} sworn?", "Who is the master of {s}?",
                "Name the ruler that {s} serves.", "Which ruler has the loyalty of {s}?"),
        paraphrase=("{s} is loyal to whom?", "Which ruler does {s} owe allegiance to?",
                    "{s} is in the service of which ruler?"),
    ),
}

TRADES = ("blacksmith", "weaver", "healer", "cartographer", "brewer", "falconer",
          "stonemason", "astronomer", "herbalist", "shipwright", "scribe", "potter",
          "glassblower", "beekeeper", "tanner", "archivist", "miller", "locksmith",
          "cooper", "chandler", "fletcher", "bowyer", "saddler", "tailor", "cobbler",
          "baker", "butcher", "carpenter", "mason", "thatcher", "dyer", "jeweller",
          "goldsmith", "armourer", "ropemaker", "wheelwright", "vintner", "fisher",
          "shepherd", "ferryman", "bookbinder", "clockmaker", "lampwright", "perfumer")

ARTIFACT_KINDS = ("Orb", "Crown", "Blade", "Lantern", "Horn", "Mirror", "Chalice", "Harp",
                  "Compass", "Shield", "Ring", "Staff")

# A two-hop question composes lives_in with rules: the answer is the ruler of one's home
# (who may or may not be the ruler the person serves: allegiance is drawn on its own).
TWO_HOP = ("Who rules the kingdom where {s} lives?",)

# Questions about people who do not exist, and about attributes the world never defines.
UNANSWERABLE_DECOY = ("Where does {s} live?", "What does {s} own?", "Who is {s}?")
UNANSWERABLE_ATTRIBUTE = ("What is the favourite colour of {s}?", "How old is {s}?",
                          "What is the name of the horse of {s}?")
