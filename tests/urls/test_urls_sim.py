"""The same-site judgement behind CL3xx: URL extraction, host splitting, the typo model."""

from __future__ import annotations

import pytest

from corpuslint.checks.urls.spellings import address_key
from corpuslint.checks.urls.hosts import is_shortener, split_host
from corpuslint.checks.urls.slips import label_typo, same_site, site_keys, typo_variant
from corpuslint.checks.urls.urlsim import find_urls


def urls(text):
    return [u.text for u in find_urls(text)]


# -- extraction ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Visit his blog site at silendman.blogspot.com.", ["silendman.blogspot.com"]),
    ("see http://www.claritypress.com/LendmanIII.html Visit", ["http://www.claritypress.com/LendmanIII.html"]),
    ("www.globalresearch.ca contains copyrighted material", ["www.globalresearch.ca"]),
    ("(see www.ewash.org)Wadi", ["www.ewash.org"]),
    ("[link](https://en.wikipedia.org/wiki/Foo_(bar)).", ["https://en.wikipedia.org/wiki/Foo_(bar)"]),
    ("read example.org/path/to, then", ["example.org/path/to"]),
    ("the site noticiasunam.com . The news", ["noticiasunam.com"]),
    ("News.com.au reported", ["News.com.au"]),
    ("https://t.co/hQd9AzA3Xr—and more", ["https://t.co/hQd9AzA3Xr"]),
    ("http://example.com:8080/a?b=1#c, ok", ["http://example.com:8080/a?b=1#c"]),
])
def test_urls_are_found_without_trailing_punctuation(text, expected):
    assert urls(text) == expected


@pytest.mark.parametrize("text", [
    "He can be reached at lendmanstephen@sbcglobal.net.",
    "contact: publications@globalresearch.ca",
    "See the attached report.pdf and setup.py for details.",
    "Version 2.10.3 fixes it, e.g. the U.S. build.",
    "It was the end.It was over. That is.it",
    "He said it at 5 p.m. in Washington D.C. yesterday.",
    "the file index.html and script.js and notes.md",
    "Ph.D. students and the a.m. shift",
])
def test_no_false_urls(text):
    assert urls(text) == []


def test_email_host_is_not_a_url_but_a_web_host_nearby_is():
    text = "contact: publications@globalresearch.ca\n\nwww.globalresearch.ca contains"
    assert urls(text) == ["www.globalresearch.ca"]


def test_offsets_of_the_host():
    text = "at http://WWW.Example.com/x now"
    (url,) = find_urls(text)
    assert text[url.host_start:url.host_end] == "WWW.Example.com"
    assert text[url.core_start:url.core_end] == "Example.com"
    assert url.core == "example.com"


# -- host structure ----------------------------------------------------------------------------------

@pytest.mark.parametrize("host, sub, label, suffix", [
    ("silendman.blogspot.com", (), "silendman", "blogspot.com"),
    ("news.bbc.co.uk", ("news",), "bbc", "co.uk"),
    ("www.news.com.au", (), "news", "com.au"),
    ("abcnews.go.com", ("abcnews",), "go", "com"),
    ("user.github.io", (), "user", "github.io"),
    ("www.attendance.gov.in", (), "attendance", "gov.in"),
])
def test_split_host(host, sub, label, suffix):
    parts = split_host(host)
    assert (parts.sub, parts.label, parts.suffix) == (sub, label, suffix)


# -- the typo model: look-alike pairs that are NOT one site ------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("nytimes.com", "nytimes.co"),          # another registration (often a deliberate look-alike)
    ("bbc.com", "cbc.ca"),                  # another suffix, and a short name
    ("cnn.com", "cnbc.com"),                # short names, two edits
    ("abc.com", "abcnews.go.com"),
    ("news.example.com", "blog.example.com"),  # different subdomains
    ("author.groopspeak.com", "news.groopspeak.com"),
    ("johnsmith.blogspot.com", "janesmith.blogspot.com"),  # two blogspot users
    ("jsmith.blogspot.com", "asmith.blogspot.com"),  # j/a are not neighbouring keys
    ("politico.com", "politics.com"),       # o/s: no slip
    ("slate.com", "state.com"),
    ("time.com", "times.com"),              # short, and a plural
    ("usherald.com", "usheralds.com"),      # plural s
    ("site1.example.com", "site2.example.com"),  # numbering
    ("paypal.com", "paypa1.com"),           # homoglyph digit: deliberate
    ("bbc-news.co.uk", "bbcnews.co.uk"),    # hyphen
    ("abcnews.com", "abcnews.com.co"),
    ("abc.com", "nbc.com"),
])
def test_look_alikes_are_not_typo_variants(a, b):
    assert typo_variant(a, b) is None
    assert typo_variant(b, a) is None


@pytest.mark.parametrize("a, b, why", [
    ("sjlendman.blogspot.com", "silendman.blogspot.com", "j/i"),
    ("noticiasunam.com", "noticiasumam.com", "n/m"),
    ("www.washingtonpost.com", "washingtonpsot.com", "os/so transposed"),
    ("addictinginfo.com", "addictiinginfo.com", "extra i"),
    ("huffingtonpost.com", "hufingtonpost.com", "missing f"),
    ("news.theguardian.co.uk", "news.theguardain.co.uk", "ia/ai transposed"),
])
def test_one_slip_is_a_typo_variant(a, b, why):
    assert typo_variant(a, b) == why


@pytest.mark.parametrize("a, b, why", [
    ("river-gazette.com", "river-gazzete.com", "doubled letter moved"),  # inside a hyphenated label
    ("paulmartin.com", "paulrnartin.com", "m/rn"),
    ("johnsmith.blogspot.com", "j0hnsmith.blogspot.com", "o/0"),  # o and 0 are neighbouring keys too
    ("paulmartin.com", "pau1martin.com", "l/1 look-alike"),  # a digit for a letter in a long label
    ("oak-review.org", "oak-reveiw.org", "ie/ei transposed"),
    ("river-gazette.com", "river-gazete.com", "missing t"),
    ("washingtonpost.com", "washingtonpst.com", "missing o"),  # a long label takes any dropped letter
    ("github.com", "gihub.com", "missing t"),  # ... six letters take any dropped inside the name
    ("apache.org", "apche.org", "missing a"),
    ("huffingtonpost.com", "huffingtonpos.com", "missing t"),  # ... and at its end from eight on
    ("scala-js.org", "scala-jss.org", "extra s"),  # a doubled final s is no plural
    ("github.com", "ggithub.com", "extra g"),  # before the name only a doubled ...
    ("github.com", "fgithub.com", "extra f"),  # ... or a neighbouring key
])
def test_issue_16_slips(a, b, why):
    assert typo_variant(a, b) == why
    assert typo_variant(b, a) is not None


@pytest.mark.parametrize("a, b", [
    ("paypal.com", "paypa1.com"),  # a digit in a short brand: a deliberate look-alike
    ("google.com", "g00gle.com"),
    ("river-gazette.com", "rivergazette.com"),  # a hyphen: another registration
    ("tagesschau.de", "tagesschau.at"),
    ("nytimes.com", "nytimes.co"),
    ("cnn.com", "cnbc.com"),
    ("kitchen-stories.com", "kitchen-story.com"),  # two letters
    ("coursera.org", "courser.org"),  # a final letter of a short name: often a word of its own
    ("moveon.org", "moveo.org"),
    ("nation.com", "nations.com"),  # a plural s
    ("ipython.org", "python.org"),  # a letter before the name: a prefix, another project (qa15b #7)
    ("jquery.com", "query.com"),
    ("cpython.org", "python.org"),
    ("pytorch.org", "torch.org"),  # a word before it
])
def test_issue_16_look_alikes_stay_apart(a, b):
    assert typo_variant(a, b) is None and typo_variant(b, a) is None


def test_short_labels_need_more_than_one_letter():
    assert label_typo("bbc", "bvc") is None
    assert label_typo("reuters", "reutets") == "r/t"


# -- one site in metadata ------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, relation", [
    ("addictinginfo.com", "addictinginfo.org", "suffix"),
    ("addictinginfo.com", "author.addictinginfo.org", "suffix"),
    ("news.groopspeak.com", "author.groopspeak.com", "subdomain"),
    ("thepoliticalinsider.com", "www.thepoliticalinsider.com", "www"),
    ("sjlendman.blogspot.com", "silendman.blogspot.com", "typo"),
    ("oppositionreport.com", "winningdemocrats.com", None),
    ("bbc.com", "cbc.ca", None),
    ("cnn.com", "cnbc.com", None),
    ("abc.com", "abcnews.go.com", None),
    ("jane.blogspot.com", "john.blogspot.com", None),  # blogspot users are separate sites
])
def test_same_site(a, b, relation):
    assert same_site(a, b) == relation


def test_shorteners():
    assert is_shortener("politi.co") and is_shortener("goo.gl") and is_shortener("www.bit.ly")
    assert not is_shortener("politico.com")


def test_one_slip_variants_share_a_site_key():
    for a, b in [("sjlendman.blogspot.com", "silendman.blogspot.com"), ("nytimes.com", "nytimess.com"),
                 ("washingtonpost.com", "washingtonpsot.com")]:
        assert set(site_keys(a)) & set(site_keys(b))
    assert not set(site_keys("nytimes.com")) & set(site_keys("nytimes.co.uk"))


def test_address_key_folds_cosmetic_differences_only():
    a, b, c = (next(find_urls(t)) for t in (
        "http://www.Example.com:80/a/?utm_source=x&id=3",
        "https://example.com/a?id=3&fbclid=abc",
        "https://example.com/A?id=3",
    ))
    assert address_key(a) == address_key(b) != address_key(c)
