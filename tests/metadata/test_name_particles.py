"""A surname whose lower-case particle is glued to its capital (`deGrasse`, `vanDyke`) is a name's word:
a byline `By Neil deGrasse Tyson` was read as `By Neil` and then dropped."""
from corpuslint.checks.metadata.page import page_metadata

PROSE = "\n\n" + "The survey counted the stars above the city and found fewer than it had expected. " * 6


def test_glued_particle_surnames_are_read():
    page = page_metadata("Stars are fewer than we thought\n\nBy Neil deGrasse Tyson\nJune 7, 2013" + PROSE)
    assert page.authors == ["Neil deGrasse Tyson"]
    page = page_metadata("Stars are fewer than we thought\n\nBy Laura della Valle and Jon vanDyke" + PROSE)
    assert page.authors == ["Laura della Valle", "Jon vanDyke"]


def test_a_lower_case_word_after_by_is_no_name():
    page = page_metadata("Stars are fewer than we thought\n\nBy default the survey counts them all" + PROSE)
    assert page.authors == []
