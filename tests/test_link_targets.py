"""CL151 reads a line by the words it shows: a Markdown link's target is left out of its key, as an absolute
URL was (tester29: reddit's AutoModerator footer, stamped under removal notices of several subreddits, its
`contact the moderators` link one per subreddit, was missed in Markdown and in plain text). A line whose
link text differs from post to post is still each post's own. Lines from reddit comments (praw's test
cassettes, tester29's reddit corpus)."""

from __future__ import annotations

import json
from pathlib import Path

from corpuslint import Document, Linter
from corpuslint.checks.corpus_units import unit_key

NOTICES = [json.loads(line) for line in (Path(__file__).parent / "data" / "records" / "reddit-automoderator.jsonl")
           .read_text(encoding="utf-8").splitlines()]
FOOTER = ("*I am a bot, and this action was performed automatically. Please [contact the moderators of this "
          "subreddit](/message/compose/?to=/r/{0}) if you have any questions or concerns.*")


def _found(footer: str, fmt: str) -> list[str]:
    docs = [Document.from_text(n["text"].replace(FOOTER.format(n["subreddit"]), footer.format(n["subreddit"])),
                               id=n["id"], format=fmt) for n in NOTICES]
    found = Linter({"select": ["CL151"], "rules": {"CL151": {"min-documents-anywhere": 3}}}).check(docs)
    return [f.text for f in found]


def test_a_footer_whose_links_differ_only_in_their_target_is_found_and_one_whose_words_differ_is_not():
    assert unit_key("Please [contact us](/message/compose/?to=/r/IAmA).") == unit_key(
        "Please [contact us](/message/compose/?to=/r/Frisson).")
    for fmt in ("markdown", "text"):
        assert [text[:12] for text in _found(FOOTER, fmt)] == ["*I am a bot,"] * 5
        # the subreddit named in the link's words: each notice's own line
        assert _found(FOOTER.replace("this subreddit]", "r/{0}]"), fmt) == []
