"""Windows and sentences keep exact offsets into their text."""

from bench.generators.windows import paragraph_windows, sentences, word_windows


def test_word_windows_size_stride_and_offsets():
    text = "one two three four five six seven"
    windows = word_windows(text, size=3, stride=2)
    assert [w.text for w in windows] == ["one two three", "three four five",
                                         "five six seven"]
    assert all(text[w.start:w.end] == w.text for w in windows)
    assert [w.text for w in word_windows(text, 4)] == ["one two three four", "five six seven"]


def test_paragraph_windows_group_whole_paragraphs():
    text = "a b c\n\nd e\n\nf g h i j k"
    windows = paragraph_windows(text, size=5)
    assert [w.text for w in windows] == ["a b c\n\nd e", "f g h i j k"]
    assert all(text[w.start:w.end] == w.text for w in windows)


def test_sentences_split_after_stops_before_capitals():
    text = 'It is known as _slough_. The next "one." Then 3 more? Yes'
    spans = [text[s:e] for s, e in sentences(text)]
    assert spans == ["It is known as _slough_.", 'The next "one."', "Then 3 more?", "Yes"]
