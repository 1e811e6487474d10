"""The gender a common English given name says, where it says one: "William Nicholson" is
a man, so a question's "her" is not his ("the painter William Nicholson painted her
portrait": whose?). Only names that are nearly always one gender's; names given to both
("Jean", "Leslie", "Robin", "Alex", "Sam", "Jordan", "Kim") say nothing. The question
checks (bench.generators.question_context) use these alone, not the text's own votes
(bench.generators.name_genders): a daughter's "her" in her father's sentences can make him
"she" there."""

from __future__ import annotations

_MALE = frozenset("""
aaron adam adrian alan albert alexander alfred andrew angus anthony archibald arnold
arthur barry basil benjamin bernard bill bob brian bruce carl cecil charles christopher
clarence clive colin conor craig cyril dan daniel darren david dean dennis derek desmond
dominic donald douglas duncan edgar edmund edward edwin eric ernest eugene frank frederick
gareth gary geoffrey george gerald gilbert gordon graham gregory harold harry henry herbert
horace howard hugh hugo ian isaac ivan jack jacob james jason jeremy jim joe john jonathan
joseph joshua julian keith kenneth kevin lawrence leonard lewis liam luke malcolm mark
martin matthew maurice michael mick mike neil nicholas nigel norman oliver oscar owen
patrick paul percy peter philip ralph raymond reginald richard robert roger ronald rory
roy rupert samuel sean sebastian simon stanley stephen steven stuart thomas timothy tom
tony trevor victor vincent walter wayne wilfred william
""".split())
_FEMALE = frozenset("""
ada agnes alice alison amanda amelia amy andrea angela ann anna anne annie barbara beatrice
bridget carol caroline catherine charlotte christine clara claire dorothy edith eileen
eleanor elizabeth ellen emily emma esther ethel eve florence frances gertrude gillian grace
hannah harriet hazel helen ida irene isabel jane janet jennifer jessica joan josephine joyce
judith julia julie karen kate katherine kathleen laura lily linda lisa louisa louise lucy
lydia margaret maria marie marion martha mary maud maureen mildred nancy nora olive olivia
pamela patricia pauline penelope rachel rebecca rose ruth sandra sarah sharon sheila sophia
sophie susan sylvia teresa valerie vera victoria violet virginia winifred yvonne
""".split())


def given_name_gender(name: str) -> str | None:
    """"he" or "she" for a name whose first word is a given name of one gender, else None."""
    first = name.split()[0].lower() if name.split() else ""
    return "he" if first in _MALE else "she" if first in _FEMALE else None


def capitalised_given_names() -> frozenset[str]:
    """Every given name above as a name is written ("Edmund", "Agnes")."""
    return frozenset(n.capitalize() for n in _MALE | _FEMALE)
