"""benchmarks/mercury_set.py reads Mercury's extractor tests for the gold: which fixture, which URL,
which asserted values. Checked on a test written the way Mercury's are (no page, no network)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from mercury_set import js_string, page_id, read_tests  # noqa: E402

TEST_JS = r"""
describe('WwwExampleComExtractor', () => {
  describe('initial test case', () => {
    let result;
    let url;
    beforeAll(() => {
      url =
        'http://www.example.com/2016/11/29/politics/story/index.html';
      const html = fs.readFileSync('./fixtures/www.example.com/1480458253239.html');
      result = Mercury.parse(url, html, { fallback: false });
    });
    it('returns the title', async () => {
      const { title } = await result;
      assert.equal(title, "Why Donald Trump won't change");
    });
    it('returns the author', async () => {
      const { author } = await result;
      assert.equal(author, 'Stephen Collinson, CNN');
    });
    it('returns the date_published', async () => {
      assert.equal(date_published, '2016-11-29T10:39:35.000Z');
    });
    it('returns the lead_image_url', async () => {
      assert.equal(lead_image_url, 'http://i2.cdn.example.com/a.jpg');
    });
    it('returns the content', async () => {
      const first13 = excerptContent($('*').first().text(), 13);
      assert.equal(
        first13,
        'Winning the presidency didn\'t change him \u2014 and it' +
          "'s increasingly clear that"
      );
    });
  });
  it('handles a second page', async () => {
    const html = fs.readFileSync(
      './fixtures/www.example.com/1480458253240.html'
    );
    const url =
      'http://www.example.com/2016/12/01/other/index.html';
    const { title } = await Mercury.parse(url, html, { fallback: false });
    assert.equal(title, `A template literal`);
  });
});
"""


def test_read_tests_pairs_each_fixture_with_its_url_and_assertions():
    first, second = read_tests(TEST_JS)
    assert first == {"path": "fixtures/www.example.com/1480458253239.html",
                     "url": "http://www.example.com/2016/11/29/politics/story/index.html",
                     "title": "Why Donald Trump won't change", "author": "Stephen Collinson, CNN",
                     "date_published": "2016-11-29T10:39:35.000Z",
                     "first13": "Winning the presidency didn't change him \u2014 and it's increasingly clear that"}
    # `const url` written after the read belongs to that read, not to the first page's url
    assert second == {"path": "fixtures/www.example.com/1480458253240.html",
                      "url": "http://www.example.com/2016/12/01/other/index.html", "title": "A template literal"}


def test_js_string_joins_literals_and_unescapes():
    assert js_string(r"""'a\'b' + "c\"d" + `e`""") == "a'bc\"de"
    assert js_string(r"'caf\u00e9 \x41'") == "café A"


def test_page_id():
    assert page_id("fixtures/www.cnn.com/1480458253239.html") == "www.cnn.com-1480458253239"
    assert page_id("fixtures/ars.html") == "ars"
