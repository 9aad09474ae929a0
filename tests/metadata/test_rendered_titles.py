"""Session 30 (issue 16, branch titles30): a page's title as its `<title>` writes it where a renderer changed the
printed headline's letters (lynx's U+02BC for every apostrophe), and the site's name after a colon spaced on both
sides (`Headline : The Two-Way : NPR`) cut where the page bears it out; found and left alone, on real lines
(lynx and inscriptis renders of public test fixtures' pages)."""

from corpuslint.checks.metadata.page import page_metadata

# cnn (mercury fixture), lynx's render: every apostrophe written U+02BC, the <title> put over the text
CNN_LYNX = """Why Donald Trump won't change - CNNPolitics.com

   Breaking News

   CNN
   (BUTTON) Toggle Search
     * Election Results
     * Nation

Why Donald Trump wonʼt change

   By Stephen Collinson, CNN

   Updated 9:55 AM ET, Tue November 29, 2016

   (CNN)Winning the presidency didnʼt change Donald Trump -- and itʼs increasingly clear that
   actually being president wonʼt change him either.
   Dramas roiling the president-electʼs transition process in recent days show him to be the
   same, mercurial, sometimes thin-skinned, gregarious, truth-challenged, media taunting and
   unpredictable figure who won a stunning election upset.
"""


def test_lynx_apostrophe_in_the_printed_headline_is_written_as_the_title_writes_it():
    found = page_metadata(CNN_LYNX)
    assert found.title == "Why Donald Trump won't change"
    assert found.authors == ["Stephen Collinson"]


def test_a_modifier_apostrophe_the_title_writes_too_or_another_storys_title_is_left_alone():
    # U+02BC is a letter of some alphabets (Ukrainian `пʼять`): kept where the <title> writes it as well
    page = CNN_LYNX.replace("won't change - CNNPolitics.com", "wonʼt change - CNNPolitics.com", 1)
    assert page_metadata(page).title == "Why Donald Trump wonʼt change"
    # a <title> that words another story gives no spelling to the printed headline
    page = CNN_LYNX.replace("Why Donald Trump won't change", "Trump's transition: what comes next", 1)
    assert "won't" not in (page_metadata(page).title or "")


NPR = """Dylann Roof Convicted Of Charleston Church Massacre : The Two-Way : NPR

    NPR

    NPR Music

    NPR Books
"""
NPR_STORY = """
Charleston church shooter Dylann Roof has been found guilty of all 33 federal charges against him, including hate
crimes resulting in death and obstruction of the exercise of religion resulting in death.
The jury deliberated for about two hours before reaching its verdict in the federal trial in Charleston.
"""


def test_the_sites_name_after_a_spaced_colon_is_cut_where_the_page_prints_it_as_its_masthead():
    # npr's <title> (mercury fixture) over inscriptis' lines: `NPR` stands alone as the masthead's text
    assert page_metadata(NPR + NPR_STORY).title.startswith("Dylann Roof Convicted Of Charleston Church Massacre")
    assert not page_metadata(NPR + NPR_STORY).title.endswith(": NPR")


def test_a_french_spaced_colon_in_the_headline_is_not_a_sites_name():
    # wara-enforcement.org (htmldate fixture): French typography spaces the colon inside the headline
    page = ("Guinée : Un braconnier d’éléphant interpellé et condamné à la peine maximale !\n\nAccueil\nActualités\n"
            "Wara Conservation Project\n" + NPR_STORY)
    assert page_metadata(page).title == "Guinée : Un braconnier d’éléphant interpellé et condamné à la peine maximale !"


DEK = ("Dallas Cowboys DL Jane Roe, who has been accused of domestic violence twice, has retired from the NFL")
MENU = "Home\nNFL\nNBA\nMLB\nScores\n"
STORY = ("Roe, 29, told the team on Monday that he would not report to training camp this summer, his agent said.\n"
         "The defensive lineman played in 41 games over four seasons and was suspended twice by the league.\n")


def test_the_short_headline_over_the_titles_sentence_printed_as_its_standfirst_is_the_title():
    # the held-out shape (names invented): the <title> is the page's description, printed as the standfirst
    page = f"{DEK} - NFL News | EXAMPLE Sports\n\n{MENU}\nJane Roe retires from NFL\nMay 15, 2019\n{DEK}.\n\n{STORY}"
    found = page_metadata(page)
    assert found.title == "Jane Roe retires from NFL" and found.date == "2019-05-15"


def test_a_sentence_headline_under_a_section_name_keeps_its_place():
    page = f"{DEK} - NFL News | EXAMPLE Sports\n\n{MENU}\nNFL News\nMay 15, 2019\n{DEK}.\n\n{STORY}"
    assert page_metadata(page).title == f"{DEK}."


# nytimes (mercury fixture), lynx's render: its `<link>` line repeats the headline over the page's first text
NYT_LYNX = """The National Museum of African American History and Culture - The New York Times

    #The National Museum of African American History and Culture

   NYTimes.com no longer supports Internet Explorer 9 or earlier. Please upgrade your browser.
   LEARN MORE »

   (BUTTON) Sections (BUTTON) Home (BUTTON) Search Skip to content

The New York Times

Arts

Site Navigation

The National Museum of African American History and Culture

   Sept. 15, 2016

   T he Smithsonian’s National Museum of African American History and Culture opens on Sept.
   24 in Washington after a long journey. Thirteen years since Congress and President George
   W. Bush authorized its construction, the 400,000-square-foot building stands on a five-acre
   site on the National Mall, close to the Washington Monument. President Obama will speak at
   its opening dedication.
"""


def test_lynxs_link_line_over_the_dump_is_not_the_headline_the_printed_one_is():
    found = page_metadata(NYT_LYNX)
    assert found.title == "The National Museum of African American History and Culture"
    assert found.headline_line == 8 and found.date == "2016-09-15"


def test_a_markdown_heading_under_the_title_is_still_the_headline():
    page = NYT_LYNX.replace("    #The National Museum", "# The National Museum", 1).replace(
        "\nThe National Museum of African American History and Culture\n\n   Sept.", "\n   Sept.", 1)
    assert page_metadata(page).headline_line == 1
