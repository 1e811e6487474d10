"""Ordinary English words that are capitalised only because they start a sentence (or an
answer), never names: what both the prose extractor and the invented-entity detector must
not take for an entity. A text's own lowercase words are added to this by each user.

Kept by hand and small on purpose: function words, pronouns and their contractions,
auxiliaries, discourse markers and interjections that start model answers, question words,
number words, and calendar names (real, but never invented by a model)."""

from __future__ import annotations

import re

COMMON_WORDS = frozenset("""
a an the this that these those some any each every either neither no none all both half
i me my mine myself you your yours yourself we us our ours ourselves he him his himself she
her hers herself it its itself they them their theirs themselves one ones someone somebody
something anyone anybody anything everyone everybody everything nobody nothing other others
another such what which who whom whose where when why how whatever whoever however
whenever wherever whichever
am is are was were be been being have has had having do does did doing done will would shall
should can could may might must ought need dare let lets
i'm i've i'll i'd you're you've you'll you'd we're we've we'll we'd he's he'll he'd she's
she'll she'd it's it'll they're they've they'll they'd that's there's here's what's who's
where's how's let's isn't aren't wasn't weren't don't doesn't didn't won't wouldn't can't
cannot couldn't shouldn't mustn't haven't hasn't hadn't im ive ill id youre theyre thats
theres whats dont doesnt didnt cant couldnt wont isnt wasnt arent
of in on at to for from by with without within into onto upon about above below under over
after before during since until till through throughout across along among around behind
beside besides between beyond despite except inside outside near toward towards via per
against like unlike than as off out up down
and or but nor so yet if unless because although though while whereas whether once then
else also too either thus hence therefore otherwise instead meanwhile moreover furthermore
nevertheless nonetheless still already always never often sometimes usually rarely
not only just even really very quite rather almost nearly perhaps maybe probably possibly
certainly surely definitely indeed actually basically generally typically simply clearly
unfortunately fortunately sadly honestly frankly apparently presumably hopefully
according based given regarding concerning considering following including
yes yeah yep no nope ok okay sure well oh ah aha ahem hmm hm um uh er wow hey hi hello alas
sorry thanks thank please great good fine right alright absolutely exactly correct true
ai tv
false agreed understood note answer question response reply summary example
here there now today tomorrow yesterday soon later earlier first second third fourth fifth
last next previous final finally firstly secondly lastly initially
zero one two three four five six seven eight nine ten eleven twelve twenty thirty forty
fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions
many much more most few fewer less least several various numerous own same different
new old other certain particular specific main major minor
ad bc bce ce am pm
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december spring summer autumn winter
as
""".split())

# The pronoun "I" and its contractions capitalised mid-sentence ("so I'm sure").
_PRONOUN_I = re.compile(r"^I(?:['’](?:m|ve|ll|d))?$")


def is_common_word(word: str) -> bool:
    """Whether `word` (any case, straight or curly apostrophe) is an ordinary English word
    from the list above: capitalised, it is a sentence start, not a name."""
    lowered = word.lower().replace("’", "'")
    return lowered in COMMON_WORDS or bool(_PRONOUN_I.match(word.replace("’", "'")))
