"""Pools of invented but regionally plausible data for the sample-data generator.

Names, streets, cities (with real postal codes and telephone area codes), job titles and the
words used to invent company names, for five regions: Flanders (``be_nl``), Wallonia
(``be_fr``), the Netherlands (``nl``), Germany (``de``) and Austria (``at``); and the
hand-written organizations of the demo set (:data:`DEMO_ORGANIZATIONS`).  Data only; the
generator lives in :mod:`app.services.demo_data`.  All companies, people and addresses are
invented; the cities, postal codes and area codes are real.

Long lists are kept as text blocks (comma- or line-separated) so the module stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from app.domain.models import CustomFieldValue


def _words(text: str) -> tuple[str, ...]:
    """Comma-separated entries of a text block, stripped, in order."""
    return tuple(w.strip() for w in text.replace("\n", ",").split(",") if w.strip())


# --- regions ------------------------------------------------------------------------------

REGIONS: tuple[str, ...] = ("be_nl", "be_fr", "nl", "de", "at")
REGION_COUNTRY: dict[str, str] = {"be_nl": "BE", "be_fr": "BE", "nl": "NL", "de": "DE", "at": "AT"}
REGION_LOCALE: dict[str, str] = {
    "be_nl": "nl_BE",
    "be_fr": "fr_BE",
    "nl": "nl_NL",
    "de": "de_DE",
    "at": "de_AT",
}
# Language of department names and job titles.
REGION_LANGUAGE: dict[str, str] = {"be_nl": "nl", "be_fr": "fr", "nl": "nl", "de": "de", "at": "de"}
REGION_INVOICE_LANGUAGE: dict[str, str] = {
    "be_nl": "NL",
    "be_fr": "FR",
    "nl": "NL",
    "de": "DE",
    "at": "DE",
}
COUNTRY_TLD: dict[str, str] = {"BE": "be", "NL": "nl", "DE": "de", "AT": "at"}

# --- given names (female, male) ----------------------------------------------------------

_GIVEN_FEMALE: dict[str, str] = {
    "be_nl": """
        Emma, Louise, Marie, Elise, Lotte, Noor, Hanne, Lien, Sofie, Ann, Katrien, Els, Griet,
        An, Liesbeth, Kaat, Fien, Lore, Jana, Febe, Nele, Sarah, Inge, Veerle, Hilde, Mieke,
        Ilse, Evy, Tine, Lies, Ellen, Joke, Marleen, Greet, Elke, Leen, Charlotte, Margot,
        Jolien, Silke, Ine, Hannelore, Kato, Lieve, Wendy
    """,
    "be_fr": """
        Camille, Manon, Chloé, Léa, Julie, Amélie, Aurélie, Céline, Isabelle, Nathalie, Sophie,
        Valérie, Véronique, Catherine, Anne-Sophie, Marie-Claire, Mélanie, Pauline, Justine,
        Laure, Élodie, Margaux, Océane, Florence, Sandrine, Delphine, Caroline, Françoise,
        Martine, Christine, Juliette, Clémence, Zoé, Alice, Inès, Gaëlle, Noémie, Ophélie,
        Héloïse
    """,
    "nl": """
        Anna, Sanne, Femke, Lisa, Eva, Fleur, Iris, Marloes, Anouk, Esther, Ingrid, Karin,
        Marieke, Mirjam, Petra, Saskia, Wendy, Yvonne, Annemieke, Judith, Linda, Monique, Ria,
        Tessa, Lotte, Roos, Julia, Sophie, Nienke, Maaike, Ilse, Renske, Jolanda, Hanneke,
        Marjolein, Lieke, Floor, Merel, Sara, Noa, Willemijn, Karlijn, Baukje, Geertje, Aaltje,
        Jet, Fenna
    """,
    "de": """
        Anna, Sabine, Petra, Claudia, Andrea, Susanne, Katrin, Stefanie, Julia, Laura, Lena,
        Leonie, Hannah, Mia, Emilia, Sophie, Marie, Lea, Johanna, Charlotte, Franziska, Kerstin,
        Birgit, Monika, Ursula, Heike, Silke, Nicole, Tanja, Anja, Melanie, Christina, Jana,
        Nina, Svenja, Annika, Friederike, Greta, Ida, Anna-Lena, Luisa, Carolin, Judith, Ilse,
        Gisela, Wiebke, Imke, Hildegard, Jutta, Dörte
    """,
    "at": """
        Anna, Katharina, Theresa, Magdalena, Elisabeth, Johanna, Barbara, Christina, Veronika,
        Lisa, Sarah, Viktoria, Valentina, Hannah, Lena, Marlene, Sophie, Laura, Eva, Martina,
        Birgit, Gabriele, Sandra, Karin, Doris, Renate, Elfriede, Herta, Ingrid, Michaela,
        Sabine, Verena, Carina, Bettina, Anneliese, Rosemarie, Helga, Stefanie, Melanie, Julia,
        Waltraud, Rosa, Notburga, Hermine, Leonie
    """,
}
_GIVEN_MALE: dict[str, str] = {
    "be_nl": """
        Lucas, Arthur, Louis, Wout, Jens, Pieter, Jef, Tom, Koen, Bart, Dirk, Stijn, Wim, Geert,
        Joris, Sander, Bram, Tibo, Seppe, Lars, Robbe, Warre, Jonas, Thomas, Kobe, Brecht,
        Filip, Luc, Marc, Peter, Jan, Kristof, Steven, Wouter, Jeroen, Hans, Frederik, Maarten,
        Ruben, Senne, Wannes, Lowie, Mathias, Dries, Gilles, Jelle
    """,
    "be_fr": """
        Nicolas, Maxime, Julien, Antoine, Thomas, Olivier, Philippe, Pierre, Jean-Marc,
        Jean-Luc, François, Laurent, Michel, Benoît, Christophe, Sébastien, Guillaume, Mathieu,
        Hugo, Théo, Nathan, Louis, Alexandre, Vincent, Frédéric, Didier, Pascal, Thierry,
        Cédric, Arnaud, Quentin, Grégory, Damien, Romain, Xavier, Loïc, Gauthier, Cyril,
        Bastien
    """,
    "nl": """
        Jan, Kees, Pieter, Willem, Henk, Gerrit, Sjoerd, Bas, Daan, Sem, Thijs, Jeroen, Joost,
        Maarten, Martijn, Niels, Ruud, Stefan, Tim, Twan, Wouter, Jasper, Hidde, Jelle, Floris,
        Gijs, Luuk, Milan, Rik, Bram, Erik, Frank, Hans, Arjen, Dennis, Jan-Willem, Ad, Harm,
        Rutger, Sven, Job, Teun, Diederik, Sietse, Bauke, Wessel, Ties, Menno
    """,
    "de": """
        Thomas, Michael, Andreas, Stefan, Markus, Christian, Frank, Jürgen, Klaus, Wolfgang,
        Uwe, Matthias, Tobias, Florian, Jan, Lukas, Leon, Felix, Jonas, Maximilian, Paul,
        Niklas, Moritz, Philipp, Sebastian, Daniel, Tim, Dirk, Ralf, Bernd, Holger, Jörg, Sven,
        Torsten, Karl-Heinz, Hans-Peter, Björn, Malte, Hendrik, Till, Benedikt, Johannes,
        Oliver, Dieter, Rainer, Gerd, Heiko, Detlef, Kai, Ole
    """,
    "at": """
        Lukas, Maximilian, David, Tobias, Simon, Florian, Alexander, Jakob, Elias, Felix,
        Fabian, Matthias, Stefan, Christoph, Andreas, Markus, Martin, Gerhard, Franz, Josef,
        Johann, Herbert, Manfred, Helmut, Walter, Günter, Wolfgang, Peter, Georg, Bernhard,
        Reinhard, Dominik, Patrick, Thomas, Michael, Leopold, Valentin, Raphael, Sebastian,
        Clemens, Alois, Ferdinand, Hubert, Engelbert, Roman, Ignaz
    """,
}

# (given name, gender) per region; gender values are those of app.domain.enums.Gender.
GIVEN_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    region: tuple((n, "female") for n in _words(_GIVEN_FEMALE[region]))
    + tuple((n, "male") for n in _words(_GIVEN_MALE[region]))
    for region in REGIONS
}

# --- family names -------------------------------------------------------------------------

FAMILY_NAMES: dict[str, tuple[str, ...]] = {
    "be_nl": _words("""
        Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet,
        Hermans, Aerts, Michiels, Pauwels, Van de Velde, De Clercq, Verstraete, Vermeulen,
        De Vos, Martens, Lambrechts, Cools, Smets, Vandenberghe, Stevens, Coppens, Van Damme,
        De Backer, Verhoeven, Wuyts, Segers, Van den Broeck, Mahieu, Dierickx, Van Hecke,
        Verbeke, Vanhoutte, De Wilde, Van Acker, Bogaerts, Moens, Van Dyck, Verschueren, Thys,
        Geerts, Claeys, De Meyer, Schepens, Baert, Verlinden, Hendrickx, Verheyen, Govaerts,
        Van Hoof, Leemans, Sels, Van Gorp, De Cock, Vervoort, Huysmans, Van Aken, Van Roy, Nijs,
        Dewulf, Vanderstraeten, Van Looy, Bosmans, Beckers, Maenhout, Callewaert, De Rycke,
        Vandewalle, Van Hove, Pieters, D'Hondt, Van Camp, Verbruggen, Timmermans,
        Vandenbussche, De Pauw, Vercammen, Dhaene, Lauwers, Vanneste, Roels, Verhaeghe, Meeus,
        Van Mol, Van Peteghem, De Bruyne, Vlaeminck, Sterckx, Van den Eynde, Rombouts, Cuypers,
        Heylen, Van Gucht, Verbist, Goethals, Quintens, Van Praet, De Waele, Van Steen, Hoste,
        Moerman, Cnudde, Van Overmeire, Lemmens, Vanmechelen, Swinnen, Reynaert, Teirlinck,
        Vanlerberghe, Dewaele, Verschelde, De Keyser, Van Impe, Claessens, Boeckx, Tack,
        Vereecke, Demeyere, Soenens, Buysse, Naessens, Verdonck, Van Daele, Debaere, Desmedt
    """),
    "be_fr": _words("""
        Dubois, Lambert, Dupont, Martin, Simon, Laurent, Leclercq, Lejeune, Renard, Collard,
        François, Dumont, Gilson, Henrard, Jacquet, Lemaire, Mathieu, Noël, Piron, Remy, Thiry,
        Collignon, Defays, Delvaux, Denis, Dethier, Doyen, Fontaine, Gérard, Gillet, Goffin,
        Hubert, Hardy, Herman, Jadot, Lecomte, Legrand, Lemoine, Louis, Marchal, Masson, Michel,
        Mottet, Pirard, Poncelet, Rousseau, Servais, Thomas, Toussaint, Charlier, Baudoux,
        Bertrand, Bodart, Bourgeois, Briquet, Cornet, Courtois, Delhaye, Demoulin, Deprez,
        Derclaye, Didier, Englebert, Evrard, Gaspard, Georges, Grégoire, Guillaume, Houben,
        Jacob, Lacroix, Lefèbvre, Leroy, Lorent, Maréchal, Marlier, Meunier, Minet, Moreau,
        Nicolay, Parmentier, Pierret, Quevrin, Robert, Roland, Sacré, Smal, Tasiaux, Wathelet,
        Wilmet, Wéry, Xhonneux, Zune, Dujardin, Delcourt, Chapelle, Bastin, Mathy, Hanquet,
        Dessart, Lhoest, Jamar
    """),
    "nl": _words("""
        de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit,
        Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker,
        Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs,
        de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek, de Bruijn, de Bruin,
        van der Heijden, Schouten, van Beek, Willems, van Vliet, van de Ven, Hoekstra, Maas,
        Verhoeven, Koster, van Dam, van der Wal, Prins, Blom, Huisman, de Jonge, Kuipers,
        van Veen, Post, Kuiper, Veenstra, Kramer, van den Brink, Scholten, van Wijk, Postma,
        Martens, Vink, de Ruiter, Timmermans, Groen, Gerritsen, Jonker, van Loon, Boer,
        van der Velde, Willemsen, Smeets, de Lange, de Vos, Bosch, van Dongen, Schipper,
        de Koning, van der Laan, Koning, van der Velden, Driessen, van Doorn, Hermans, Evers,
        van den Bosch, van der Meulen, Hofman, Bosman, Wolters, Sanders, van der Horst, Mol,
        Kuijpers, Molenaar, van de Pol, de Leeuw, Verbeek, Zwart, Hoogendoorn, Kroon, Lammers,
        Bouwman, Claassen, van Rijn, Wouters, van Houten, Brink, Veldhuis, Stam, Koopman,
        Teunissen, Nijland, Oosterhuis, van Wezel, ter Horst, Groenewegen, van Zanten,
        Rietveld, de Kok, van Essen, Hoogland, Bijl, van Hal, Kamphuis, Zijlstra, Wiersma,
        Bergsma, de Witte, Terpstra, van Beusekom
    """),
    "de": _words("""
        Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann,
        Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann,
        Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier,
        Lehmann, Schmid, Schulze, Maier, Köhler, Herrmann, König, Walter, Mayer, Huber, Kaiser,
        Fuchs, Peters, Lang, Scholz, Möller, Weiß, Jung, Hahn, Schubert, Vogel, Friedrich,
        Keller, Günther, Frank, Berger, Winkler, Roth, Beck, Lorenz, Baumann, Franke, Albrecht,
        Schuster, Simon, Ludwig, Böhm, Winter, Kraus, Martin, Schumacher, Krämer, Vogt, Stein,
        Jäger, Otto, Sommer, Groß, Seidel, Heinrich, Brandt, Haas, Schreiber, Graf, Schulte,
        Dietrich, Ziegler, Kuhn, Kühn, Pohl, Engel, Horn, Busch, Bergmann, Thomas, Voigt, Sauer,
        Arnold, Wolff, Pfeiffer, Ernst, Lindner, Hübner, Kramer, Jansen, Franz, Hansen, Nowak,
        Kowalski, Yılmaz, Kaya, Demir, Öztürk, Ebert, Brinkmann, Böttcher, Reuter, Thiele,
        Hesse, Kessler, Marx, Witt, Dreyer, Wendt, Behrens, Kurz, Rieger, Heinz, Vollmer,
        Menzel, Stark, Lenz, Hartung, Wulf, Petersen, Lemke, Sievers, Bachmann, Ahrens, Gerlach,
        Kirchner, Ackermann, Voß, Wirth, Nagel
    """),
    "at": _words("""
        Gruber, Huber, Bauer, Wagner, Müller, Pichler, Steiner, Moser, Mayer, Hofer, Leitner,
        Berger, Fuchs, Eder, Fischer, Schmid, Winkler, Weber, Schwarz, Maier, Schneider,
        Reiter, Mayr, Schmidt, Wimmer, Egger, Brunner, Lang, Baumgartner, Auer, Binder, Lechner,
        Wolf, Wallner, Aigner, Ebner, Koller, Lehner, Haas, Schuster, Holzer, Stadler, Hofmann,
        Kainz, Pucher, Strasser, Hackl, Fink, Riegler, Hauser, Kofler, Hartl, Zauner,
        Brandstätter, Windisch, Gasser, Rainer, Pöll, Lindner, Hödl, Weiß, Sommer, Graf, Hölzl,
        Ortner, Plank, Unterberger, Hinterleitner, Oberhauser, Krenn, Posch, Pirker, Kogler,
        Lackner, Rauch, Zach, Gangl, Hammer, Stocker, Fritz, Jovanović, Novak, Kovač, Horvath,
        Nagy, Tomić, Kratochwil, Dvořák, Svoboda, Prohaska, Pokorny, Wieser, Seidl, Thaler,
        Kapeller, Schober, Haider, Mair, Strobl, Pammer, Prem, Resch, Grabner, Fellner, Trummer,
        Rieder, Pölzl, Sattler, Kronberger, Hinterberger, Obermayr, Rottensteiner
    """),
}

# Academic titles before the name and post-nominal degrees, per region.
TITLES: dict[str, tuple[str, ...]] = {
    "be_nl": ("Dr.", "Dr.", "Prof. dr.", "ir."),
    "be_fr": ("Dr.", "Dr.", "Me", "Prof."),
    "nl": ("dr.", "mr.", "ir.", "drs."),
    "de": ("Dr.", "Dr.", "Dr.", "Prof. Dr.", "Dipl.-Ing."),
    "at": ("Mag.", "Mag.", "Dr.", "Ing.", "DI", "Mag. Dr."),
}
TITLE_SUFFIXES: dict[str, tuple[str, ...]] = {
    "be_nl": ("MSc", "MBA"),
    "be_fr": ("MSc", "MBA"),
    "nl": ("MSc", "MBA", "BSc"),
    "de": ("MSc", "MBA", "M.A."),
    "at": ("MSc", "BSc", "MA", "MBA", "BEd"),
}

# --- cities -------------------------------------------------------------------------------


class City(NamedTuple):
    name: str
    zip: str  # for NL only the four digits; the two letters are added per address
    area_code: str  # telephone area code without the trunk prefix 0
    region: str


def _cities(region: str, text: str) -> tuple[City, ...]:
    rows = [line.strip() for line in text.strip().splitlines() if line.strip()]
    cities: list[City] = []
    for row in rows:
        name, zip_code, area = (p.strip() for p in row.split("|"))
        cities.append(City(name, zip_code, area, region))
    return tuple(cities)


CITIES: dict[str, tuple[City, ...]] = {
    "be_nl": _cities(
        "be_nl",
        """
        Gent | 9000 | 9
        Antwerpen | 2000 | 3
        Antwerpen | 2018 | 3
        Brussel | 1000 | 2
        Leuven | 3000 | 16
        Brugge | 8000 | 50
        Mechelen | 2800 | 15
        Hasselt | 3500 | 11
        Kortrijk | 8500 | 56
        Oostende | 8400 | 59
        Aalst | 9300 | 53
        Sint-Niklaas | 9100 | 3
        Genk | 3600 | 89
        Roeselare | 8800 | 51
        Turnhout | 2300 | 14
        Lier | 2500 | 3
        Dendermonde | 9200 | 52
        Ieper | 8900 | 57
        Geel | 2440 | 14
        Lokeren | 9160 | 9
        Vilvoorde | 1800 | 2
        Tienen | 3300 | 16
        Herentals | 2200 | 14
        Sint-Amands | 2890 | 52
        Zottegem | 9620 | 9
        Waregem | 8790 | 56
        Diest | 3290 | 13
        Tongeren | 3700 | 12
        Deinze | 9800 | 9
        Brasschaat | 2930 | 3
        """,
    ),
    "be_fr": _cities(
        "be_fr",
        """
        Bruxelles | 1000 | 2
        Ixelles | 1050 | 2
        Schaerbeek | 1030 | 2
        Uccle | 1180 | 2
        Liège | 4000 | 4
        Namur | 5000 | 81
        Charleroi | 6000 | 71
        Mons | 7000 | 65
        Tournai | 7500 | 69
        Wavre | 1300 | 10
        Louvain-la-Neuve | 1348 | 10
        Arlon | 6700 | 63
        Verviers | 4800 | 87
        Nivelles | 1400 | 67
        Huy | 4500 | 85
        Spa | 4900 | 87
        Dinant | 5500 | 82
        La Louvière | 7100 | 64
        Bastogne | 6600 | 61
        Waterloo | 1410 | 2
        Gembloux | 5030 | 81
        Marche-en-Famenne | 6900 | 84
        """,
    ),
    "nl": _cities(
        "nl",
        """
        Amsterdam | 1012 | 20
        Amsterdam | 1072 | 20
        Rotterdam | 3011 | 10
        Den Haag | 2511 | 70
        Utrecht | 3511 | 30
        Eindhoven | 5611 | 40
        Groningen | 9711 | 50
        Tilburg | 5038 | 13
        Almere | 1315 | 36
        Breda | 4811 | 76
        Nijmegen | 6511 | 24
        Haarlem | 2011 | 23
        Arnhem | 6811 | 26
        Enschede | 7511 | 53
        Amersfoort | 3811 | 33
        Zwolle | 8011 | 38
        Leiden | 2311 | 71
        Maastricht | 6211 | 43
        Dordrecht | 3311 | 78
        Delft | 2611 | 15
        Alkmaar | 1811 | 72
        Deventer | 7411 | 570
        Leeuwarden | 8911 | 58
        's-Hertogenbosch | 5211 | 73
        Hilversum | 1211 | 35
        Apeldoorn | 7311 | 55
        Gouda | 2801 | 182
        Middelburg | 4331 | 118
        Venlo | 5911 | 77
        """,
    ),
    "de": _cities(
        "de",
        """
        Berlin | 10115 | 30
        Berlin | 10961 | 30
        Hamburg | 20095 | 40
        München | 80331 | 89
        München | 81667 | 89
        Köln | 50667 | 221
        Frankfurt am Main | 60311 | 69
        Stuttgart | 70173 | 711
        Düsseldorf | 40213 | 211
        Leipzig | 04109 | 341
        Dortmund | 44135 | 231
        Essen | 45127 | 201
        Bremen | 28195 | 421
        Dresden | 01067 | 351
        Hannover | 30159 | 511
        Nürnberg | 90402 | 911
        Duisburg | 47051 | 203
        Bochum | 44787 | 234
        Bonn | 53111 | 228
        Münster | 48143 | 251
        Karlsruhe | 76133 | 721
        Mannheim | 68159 | 621
        Augsburg | 86150 | 821
        Wiesbaden | 65183 | 611
        Freiburg im Breisgau | 79098 | 761
        Heidelberg | 69117 | 6221
        Regensburg | 93047 | 941
        Würzburg | 97070 | 931
        Kiel | 24103 | 431
        Rostock | 18055 | 381
        Erfurt | 99084 | 361
        Mainz | 55116 | 6131
        Aachen | 52062 | 241
        Potsdam | 14467 | 331
        Ulm | 89073 | 731
        Lübeck | 23552 | 451
        Saarbrücken | 66111 | 681
        Magdeburg | 39104 | 391
        """,
    ),
    "at": _cities(
        "at",
        """
        Wien | 1010 | 1
        Wien | 1030 | 1
        Wien | 1070 | 1
        Wien | 1090 | 1
        Wien | 1160 | 1
        Graz | 8010 | 316
        Linz | 4020 | 732
        Linz | 4040 | 732
        Salzburg | 5020 | 662
        Innsbruck | 6020 | 512
        Klagenfurt am Wörthersee | 9020 | 463
        Villach | 9500 | 4242
        Wels | 4600 | 7242
        St. Pölten | 3100 | 2742
        Dornbirn | 6850 | 5572
        Wiener Neustadt | 2700 | 2622
        Steyr | 4400 | 7252
        Feldkirch | 6800 | 5522
        Bregenz | 6900 | 5574
        Leoben | 8700 | 3842
        Krems an der Donau | 3500 | 2732
        Baden | 2500 | 2252
        Kitzbühel | 6370 | 5356
        Eisenstadt | 7000 | 2682
        Hallein | 5400 | 6245
        Kufstein | 6330 | 5372
        Bad Ischl | 4820 | 6132
        Zell am See | 5700 | 6542
        Mödling | 2340 | 2236
        Amstetten | 3300 | 7472
        """,
    ),
}

# Letters used in Dutch postcodes (F, I, O, Q, U and Y are not used; nor SA, SD and SS).
NL_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
NL_POSTCODE_FORBIDDEN_PAIRS: tuple[str, ...] = ("SA", "SD", "SS")

# --- streets ------------------------------------------------------------------------------

STREETS: dict[str, tuple[str, ...]] = {
    "be_nl": _words("""
        Veldstraat, Kerkstraat, Stationsstraat, Dorpsstraat, Molenstraat, Schoolstraat,
        Nieuwstraat, Kapelstraat, Beekstraat, Hoogstraat, Brusselsesteenweg, Leuvensesteenweg,
        Lindenlaan, Kastanjelaan, Grote Markt, Bredabaan, Tiensestraat, Diestsestraat,
        Koningin Astridlaan, Koning Albertlaan, Leopoldlaan, Industrieweg, Ambachtenlaan,
        Nijverheidsstraat, Zandstraat, Heirweg, Populierenlaan, Bosstraat, Meersstraat,
        Kortrijksesteenweg, Gentsesteenweg, Antwerpsesteenweg, Processiestraat,
        Begijnhofstraat, Vaartstraat, Kloosterstraat, Oude Baan, Sint-Jorisstraat, Jagersdreef,
        Hospitaalstraat
    """),
    "be_fr": _words("""
        Rue de la Station, Rue de l'Église, Rue du Moulin, Rue Haute, Rue Neuve, Rue des Écoles,
        Chaussée de Bruxelles, Chaussée de Namur, Rue Saint-Gilles, Place du Marché,
        Rue du Château, Avenue des Tilleuls, Rue de la Gare, Rue des Champs, Rue du Pont,
        Rue Royale, Boulevard d'Avroy, Rue Léopold, Avenue Albert Ier, Rue de Fer,
        Rue des Carmes, Rue du Commerce, Rue de l'Industrie, Rue de Namur, Rue des Fossés,
        Quai de la Meuse, Rue du Parc, Rue des Déportés, Rue de la Croix, Avenue de la Gare,
        Rue du Centre, Rue Grande
    """),
    "nl": _words("""
        Dorpsstraat, Kerkstraat, Stationsweg, Molenweg, Schoolstraat, Hoofdstraat,
        Julianastraat, Beatrixlaan, Wilhelminastraat, Emmastraat, Oranjestraat, Prinsengracht,
        Keizersgracht, Herengracht, Nieuwe Binnenweg, Oudegracht, Markt, Kalverstraat,
        Lange Voorhout, Spoorlaan, Industrieweg, Havenweg, Parallelweg, Eikenlaan, Lindelaan,
        Beukenlaan, Van Goghstraat, Rembrandtlaan, Vondelstraat, Zuiderweg, Noordsingel,
        Ringdijk, Korte Nieuwstraat, Vijzelstraat, Tolstraat, Marktplein, Achterweg, Brink,
        Stadhuisplein, Kastanjelaan
    """),
    "de": _words("""
        Hauptstraße, Bahnhofstraße, Schulstraße, Gartenstraße, Dorfstraße, Bergstraße,
        Birkenweg, Lindenstraße, Kirchstraße, Waldstraße, Ringstraße, Schillerstraße,
        Goethestraße, Mühlenweg, Wiesenweg, Friedrichstraße, Kaiserstraße, Marktplatz,
        Am Rathaus, Poststraße, Industriestraße, Gewerbestraße, Beethovenstraße, Mozartstraße,
        Rosenweg, Feldstraße, Lessingstraße, Parkstraße, Hafenstraße, Königstraße,
        Ludwigstraße, Luisenstraße, Talstraße, Sonnenweg, Am Markt, Eichendorffstraße,
        Uhlandstraße, Heinrich-Heine-Straße, Rheinstraße, Neue Straße
    """),
    "at": _words("""
        Hauptplatz, Hauptstraße, Bahnhofstraße, Mariahilfer Straße, Landstraße, Kirchengasse,
        Schulgasse, Herrengasse, Wiener Straße, Grazer Straße, Linzer Straße,
        Salzburger Straße, Dorfstraße, Graben, Kärntner Straße, Annenstraße, Museumstraße,
        Getreidegasse, Maria-Theresien-Straße, Lindengasse, Mühlgasse, Brunnengasse,
        Sonnenweg, Feldgasse, Gartengasse, Industriestraße, Rathausplatz, Stadtplatz,
        Kirchplatz, Schlossstraße, Bergstraße, Wiesenweg, Südtiroler Platz, Innrain,
        Neubaugasse, Florianigasse, Josefstädter Straße, Leopoldstraße
    """),
}

# --- telephone ----------------------------------------------------------------------------

# Mobile prefixes (national significant number, without trunk 0) and the total length of the
# national significant number for numbers in that range.
MOBILE_PLANS: dict[str, tuple[tuple[str, tuple[int, ...]], ...]] = {
    "BE": tuple(
        (p, (9,))
        for p in _words("470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 484, 485, 486")
        + _words("487, 488, 489, 491, 492, 493, 494, 495, 496, 497, 498, 499")
    ),
    "NL": tuple((p, (9,)) for p in _words("61, 62, 63, 64, 65, 68")),
    "DE": tuple((p, (11,)) for p in _words("151, 152, 157, 159"))
    + tuple(
        (p, (10, 11))
        for p in _words("160, 162, 163, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179")
    ),
    "AT": tuple((p, (10,)) for p in _words("650, 660, 664, 676, 677, 680, 681, 688, 699")),
}

# GS1 company prefixes by country (GLN / EAN-13 start digits).
GS1_PREFIXES: dict[str, tuple[str, ...]] = {
    "BE": ("540", "541", "542", "543", "544", "545"),
    "NL": ("870", "871", "872", "873", "874", "875"),
    "DE": ("400", "401", "402", "403", "404", "405", "426", "428"),
    "AT": ("900", "901", "902", "903", "904", "905", "910", "911"),
}

# Personal mail: the reserved example domains (RFC 2606), so no invented address belongs to
# a real person.
PERSONAL_EMAIL_DOMAINS: tuple[str, ...] = ("example.com", "example.net", "example.org")

# --- organizations ------------------------------------------------------------------------

# Department names by area and language.
DEPARTMENT_NAMES: dict[str, dict[str, str]] = {
    "ADMINISTRATION": {"nl": "Administratie", "fr": "Administration", "de": "Verwaltung"},
    "ACCOUNTING": {"nl": "Boekhouding", "fr": "Comptabilité", "de": "Buchhaltung"},
    "CUSTOMER_SERVICE": {"nl": "Klantendienst", "fr": "Service clientèle", "de": "Kundendienst"},
    "HUMAN_RESOURCES": {"nl": "Personeelsdienst", "fr": "Ressources humaines", "de": "Personal"},
    "IT": {"nl": "IT", "fr": "Informatique", "de": "IT"},
    "LEGAL": {"nl": "Juridische dienst", "fr": "Service juridique", "de": "Recht"},
    "LOGISTICS": {"nl": "Logistiek", "fr": "Logistique", "de": "Logistik"},
    "MANAGEMENT": {"nl": "Directie", "fr": "Direction", "de": "Geschäftsleitung"},
    "MARKETING": {"nl": "Marketing", "fr": "Marketing", "de": "Marketing"},
    "PRODUCTION": {"nl": "Productie", "fr": "Production", "de": "Produktion"},
    "PURCHASING": {"nl": "Aankoop", "fr": "Achats", "de": "Einkauf"},
    "RESEARCH": {"nl": "Onderzoek", "fr": "Recherche", "de": "Forschung & Entwicklung"},
    "SALES": {"nl": "Verkoop", "fr": "Ventes", "de": "Vertrieb"},
}

# Job titles by department area and language; "male|female" where the form differs.
JOB_TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "ADMINISTRATION": {
        "nl": ("Office manager", "Administratief medewerker|Administratief medewerkster"),
        "fr": ("Employé administratif|Employée administrative", "Office manager"),
        "de": ("Sachbearbeiter|Sachbearbeiterin", "Office Manager|Office Managerin"),
    },
    "ACCOUNTING": {
        "nl": ("Boekhouder|Boekhoudster", "Financieel directeur|Financieel directrice"),
        "fr": ("Comptable", "Directeur financier|Directrice financière"),
        "de": ("Buchhalter|Buchhalterin", "Leiter Finanzen|Leiterin Finanzen"),
    },
    "CUSTOMER_SERVICE": {
        "nl": ("Medewerker klantendienst", "Teamleider klantendienst"),
        "fr": ("Conseiller clientèle|Conseillère clientèle", "Responsable service clients"),
        "de": ("Kundenberater|Kundenberaterin", "Leiter Kundendienst|Leiterin Kundendienst"),
    },
    "HUMAN_RESOURCES": {
        "nl": ("HR-manager", "HR-medewerker"),
        "fr": ("Responsable RH", "Gestionnaire RH"),
        "de": ("Personalleiter|Personalleiterin", "Personalreferent|Personalreferentin"),
    },
    "IT": {
        "nl": ("IT-verantwoordelijke", "Systeembeheerder", "Softwareontwikkelaar"),
        "fr": ("Responsable informatique", "Administrateur système|Administratrice système"),
        "de": ("IT-Leiter|IT-Leiterin", "Systemadministrator|Systemadministratorin"),
    },
    "LEGAL": {
        "nl": ("Juridisch adviseur", "Bedrijfsjurist"),
        "fr": ("Juriste d'entreprise", "Conseiller juridique|Conseillère juridique"),
        "de": ("Justiziar|Justiziarin", "Syndikusanwalt|Syndikusanwältin"),
    },
    "LOGISTICS": {
        "nl": ("Logistiek manager", "Magazijnverantwoordelijke", "Planner"),
        "fr": ("Responsable logistique", "Magasinier|Magasinière"),
        "de": (
            "Lagerleiter|Lagerleiterin",
            "Disponent|Disponentin",
            "Logistikleiter|Logistikleiterin",
        ),
    },
    "MANAGEMENT": {
        "nl": ("Zaakvoerder|Zaakvoerster", "Algemeen directeur|Algemeen directrice", "CEO"),
        "fr": (
            "Gérant|Gérante",
            "Directeur général|Directrice générale",
            "Administrateur délégué|Administratrice déléguée",
        ),
        "de": ("Geschäftsführer|Geschäftsführerin", "Inhaber|Inhaberin", "Prokurist|Prokuristin"),
    },
    "MARKETING": {
        "nl": ("Marketingmanager", "Communicatieverantwoordelijke"),
        "fr": ("Responsable marketing", "Chargé de communication|Chargée de communication"),
        "de": ("Marketingleiter|Marketingleiterin", "Referent Marketing|Referentin Marketing"),
    },
    "PRODUCTION": {
        "nl": ("Productieleider", "Ploegbaas", "Brouwmeester"),
        "fr": ("Responsable de production", "Chef d'atelier"),
        "de": (
            "Produktionsleiter|Produktionsleiterin",
            "Meister|Meisterin",
            "Werkstattleiter|Werkstattleiterin",
        ),
    },
    "PURCHASING": {
        "nl": ("Aankoper|Aankoopster", "Inkoper|Inkoopster"),
        "fr": ("Acheteur|Acheteuse", "Responsable achats"),
        "de": ("Einkäufer|Einkäuferin", "Leiter Einkauf|Leiterin Einkauf"),
    },
    "RESEARCH": {
        "nl": ("Onderzoeker|Onderzoekster", "R&D-ingenieur"),
        "fr": ("Ingénieur R&D|Ingénieure R&D", "Chercheur|Chercheuse"),
        "de": ("Entwicklungsingenieur|Entwicklungsingenieurin", "Laborleiter|Laborleiterin"),
    },
    "SALES": {
        "nl": (
            "Accountmanager",
            "Verkoopverantwoordelijke",
            "Vertegenwoordiger|Vertegenwoordigster",
        ),
        "fr": ("Commercial|Commerciale", "Directeur commercial|Directrice commerciale"),
        "de": (
            "Vertriebsleiter|Vertriebsleiterin",
            "Außendienstmitarbeiter|Außendienstmitarbeiterin",
        ),
    },
}

# Job titles at schools, kindergartens and clubs (organizations without departments); the
# first title of each is the head's.
NONPROFIT_TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "school": {
        "nl": ("Directeur|Directrice", "Leerkracht", "Secretariaatsmedewerker"),
        "fr": ("Directeur|Directrice", "Enseignant|Enseignante", "Secrétaire de direction"),
        "de": ("Schulleiter|Schulleiterin", "Lehrer|Lehrerin", "Schulsekretär|Schulsekretärin"),
    },
    "kindergarten": {
        "nl": ("Verantwoordelijke", "Kinderbegeleider|Kinderbegeleidster"),
        "fr": ("Directeur|Directrice", "Puériculteur|Puéricultrice"),
        "de": (
            "Kita-Leiter|Kita-Leiterin",
            "Erzieher|Erzieherin",
            "Kindergartenpädagoge|Kindergartenpädagogin",
        ),
    },
    "club": {
        "nl": ("Voorzitter|Voorzitster", "Penningmeester", "Secretaris", "Trainer"),
        "fr": (
            "Président|Présidente",
            "Trésorier|Trésorière",
            "Secrétaire",
            "Entraîneur|Entraîneuse",
        ),
        "de": (
            "Vorsitzender|Vorsitzende",
            "Kassenwart|Kassenwartin",
            "Schriftführer|Schriftführerin",
            "Trainer|Trainerin",
        ),
    },
    "hobby_group": {
        "nl": ("Voorzitter|Voorzitster", "Secretaris"),
        "fr": ("Président|Présidente", "Secrétaire"),
        "de": ("Vorsitzender|Vorsitzende", "Schriftführer|Schriftführerin"),
    },
}

# Words to invent company names for the bulk generator.
# "{f}" is a family name, "{c}" a city; the legal form is appended from LEGAL_FORMS.
COMPANY_PATTERNS: dict[str, tuple[str, ...]] = {
    "be_nl": _words("""
        Bakkerij {f}, Garage {f}, Schrijnwerkerij {f}, {f} Bouw, {f} Transport,
        Dakwerken {f}, Tuinaanleg {f}, {f} Elektro, Immo {f}, {f} Consult,
        Slagerij {f}, Drukkerij {f}, {f} & Zonen, Brouwerij {f}, {c} Logistics,
        Verzekeringen {f}, Apotheek {f}, {f} Metaalwerken, Bloemen {f}, {f} Interieur
    """),
    "be_fr": _words("""
        Boulangerie {f}, Garage {f}, Menuiserie {f}, {f} Construction, Transports {f},
        Toitures {f}, Jardins {f}, Électricité {f}, Immobilière {f}, {f} Conseil,
        Boucherie {f}, Imprimerie {f}, {f} & Fils, Brasserie {f}, Pharmacie {f},
        Assurances {f}, Fleurs {f}, Chauffage {f}
    """),
    "nl": _words("""
        Bakkerij {f}, Autobedrijf {f}, {f} Installatietechniek, {f} Transport,
        Hoveniersbedrijf {f}, {f} & Zn., Schildersbedrijf {f}, {f} Bouw, {f} Advies,
        Slagerij {f}, Drukkerij {f}, {c} Logistiek, {f} Techniek, Kaashandel {f},
        Bloemisterij {f}, {f} Makelaardij, {f} Accountants, Timmerbedrijf {f}
    """),
    "de": _words("""
        Bäckerei {f}, Autohaus {f}, {f} Elektrotechnik, {f} Logistik, Malerbetrieb {f},
        Schreinerei {f}, {f} & Söhne, {f} Bau, {f} Haustechnik, Metzgerei {f},
        Druckerei {f}, {f} Maschinenbau, Steuerkanzlei {f}, {f} Immobilien, Blumen {f},
        {f} Software, Brauerei {f}, {f} Sanitär, Dachdeckerei {f}, {f} Medien
    """),
    "at": _words("""
        Tischlerei {f}, Gasthof {f}, {f} Bau, Elektro {f}, Installateur {f}, {f} & Partner,
        Bäckerei {f}, Autohaus {f}, {f} Holzbau, Fleischerei {f}, Druckerei {f},
        {f} Tourismus, {f} Transporte, Steuerberatung {f}, Konditorei {f}, Malerei {f},
        {f} Haustechnik, Weingut {f}
    """),
}
LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "be_nl": ("BV", "BV", "BV", "NV", "CommV", ""),
    "be_fr": ("SRL", "SRL", "SRL", "SA", "SComm", ""),
    "nl": ("B.V.", "B.V.", "B.V.", "V.O.F.", ""),
    "de": ("GmbH", "GmbH", "GmbH", "GmbH & Co. KG", "KG", "AG", "e.K.", "UG (haftungsbeschränkt)"),
    "at": ("GmbH", "GmbH", "GmbH", "OG", "KG", "e.U.", ""),
}
# Names of schools, kindergartens and clubs; "{n}" is a noun, "{c}" a city.
NONPROFIT_PATTERNS: dict[str, dict[str, tuple[str, ...]]] = {
    "school": {
        "be_nl": ("Basisschool De {n}", "Vrije Basisschool {c}", "Stedelijke Basisschool {c}"),
        "be_fr": ("École communale de {c}", "Athénée royal de {c}", "École Sainte-Marie {c}"),
        "nl": ("Basisschool De {n}", "Montessorischool {c}", "Openbare Basisschool De {n}"),
        "de": ("Grundschule am {n}", "Gymnasium {c}", "Realschule {c}"),
        "at": ("Volksschule {c}", "Mittelschule {c}", "Bundesgymnasium {c}"),
    },
    "kindergarten": {
        "be_nl": ("Kinderdagverblijf De {n}", "Kinderopvang 't {n}"),
        "be_fr": ("Crèche Les Petits {n}", "Maison d'enfants {c}"),
        "nl": ("Kinderdagverblijf De {n}", "Kinderopvang {c}"),
        "de": ("Kita {n}", "Kindergarten {c}"),
        "at": ("Kindergarten {n}", "Kindergruppe {c}"),
    },
    "club": {
        "be_nl": ("Tennisclub {c}", "Voetbalclub {c}", "Wielerclub De {n}"),
        "be_fr": ("Tennis Club {c}", "Royal Football Club {c}", "Club de marche {c}"),
        "nl": ("Hockeyclub {c}", "Voetbalvereniging {c}", "Tennisvereniging De {n}"),
        "de": ("Sportverein {c} e.V.", "Turnverein {c} e.V.", "Tennisclub {c} e.V."),
        "at": ("Sportunion {c}", "Schiclub {c}", "Tennisclub {c}"),
    },
    "hobby_group": {
        "be_nl": ("Fotoclub {c}", "Zangkoor De {n}"),
        "be_fr": ("Cercle photo {c}", "Chorale {c}"),
        "nl": ("Fotoclub {c}", "Zangvereniging De {n}"),
        "de": ("Fotofreunde {c} e.V.", "Chor {c} e.V."),
        "at": ("Fotoklub {c}", "Chorgemeinschaft {c}"),
    },
}
NONPROFIT_NOUNS: dict[str, tuple[str, ...]] = {
    "be_nl": ("Regenboog", "Vlinder", "Zonnebloem", "Klimop", "Boomhut", "Linde", "Kleine Prins"),
    "be_fr": ("Lutins", "Papillons", "Poussins", "Écureuils", "Colibris"),
    "nl": ("Regenboog", "Vlinder", "Zonnebloem", "Wilg", "Boomhut", "Ster", "Kompas"),
    "de": ("Sonnenschein", "Regenbogen", "Stadtpark", "Wald", "Schlossberg", "Pusteblume"),
    "at": ("Sonnenschein", "Regenbogen", "Schlossberg", "Zwergerl", "Sonnblick", "Wichtel"),
}

# --- the organizations of the demo set ---------------------------------------------------


@dataclass(frozen=True)
class SecondAddress:
    """A second address of a demo organization (warehouse, shop, branch)."""

    type: str
    street: str
    number: str
    zip: str
    city: str
    site: str | None = None  # name of a location (branch) at this address


@dataclass(frozen=True)
class MembershipSpec:
    """A membership; ``organization_key`` names another demo organization."""

    type: str
    name: str
    reference: str
    organization_key: str | None = None


@dataclass(frozen=True)
class OrgSpec:
    """One hand-written organization of the demo set; the generator fills in the rest
    (ids, VAT and registration numbers, phones, people, roles)."""

    key: str
    name: str
    legal_form: str
    region: str
    city: str
    zip: str
    street: str
    number: str
    domain: str
    founding_year: int
    org_type: str = "company"
    staff: int = 2
    areas: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    customer: bool = False
    credit_limit: int | None = None
    gln: bool = False
    supplier: bool = False
    vat: bool = True
    second_address: SecondAddress | None = None
    invoice_language: str | None = None
    fax: bool = False
    dvr: bool = False
    memberships: tuple[MembershipSpec, ...] = ()
    alternative_payer_key: str | None = None
    alternative_payer: bool = False
    custom_fields: tuple[tuple[str, CustomFieldValue], ...] = ()
    note: str | None = None


MANAGEMENT = "MANAGEMENT"

DEMO_ORGANIZATIONS: tuple[OrgSpec, ...] = (
    # --- Belgium ---
    OrgSpec(
        key="klok",
        name="Brouwerij De Klok NV",
        legal_form="NV",
        region="be_nl",
        city="Gent",
        zip="9000",
        street="Nieuwevaart",
        number="118",
        domain="brouwerijdeklok.be",
        founding_year=1892,
        staff=3,
        areas=(MANAGEMENT, "PRODUCTION", "SALES", "ACCOUNTING", "LOGISTICS"),
        tags=("VIP", "Wholesale", "Newsletter"),
        customer=True,
        credit_limit=25000,
        gln=True,
        second_address=SecondAddress(
            "WAREHOUSE", "Industrieweg", "14", "9160", "Lokeren", "Depot Lokeren"
        ),
        fax=True,
        memberships=(MembershipSpec("ASSOCIATION", "Vlaamse Brouwersgilde", "VBG-0147"),),
        custom_fields=(("segment", "A"), ("delivery_window", "07:00-11:00")),
        note="Family brewery; orders for the summer festivals arrive in March.",
    ),
    OrgSpec(
        key="vanhoutte",
        name="Chocolaterie Vanhoutte BV",
        legal_form="BV",
        region="be_nl",
        city="Brugge",
        zip="8000",
        street="Steenstraat",
        number="41",
        domain="chocolaterie-vanhoutte.be",
        founding_year=1978,
        areas=(MANAGEMENT, "PRODUCTION", "SALES"),
        tags=("VIP", "Newsletter"),
        customer=True,
        credit_limit=10000,
        second_address=SecondAddress("STORE", "Wollestraat", "7", "8000", "Brugge", "Winkel"),
    ),
    OrgSpec(
        key="verhaegen",
        name="Verhaegen Logistics NV",
        legal_form="NV",
        region="be_nl",
        city="Antwerpen",
        zip="2030",
        street="Noorderlaan",
        number="155",
        domain="verhaegen-logistics.be",
        founding_year=1965,
        staff=3,
        areas=(MANAGEMENT, "LOGISTICS", "SALES", "IT", "ACCOUNTING"),
        tags=("Supplier", "Partner"),
        supplier=True,
        fax=True,
        memberships=(MembershipSpec("CHAMBER", "Kamer van Koophandel Antwerpen", "KVK-55821"),),
    ),
    OrgSpec(
        key="lumiere",
        name="Atelier Lumière SRL",
        legal_form="SRL",
        region="be_fr",
        city="Liège",
        zip="4000",
        street="Rue Saint-Gilles",
        number="58",
        domain="atelier-lumiere.be",
        founding_year=2011,
        areas=(MANAGEMENT, "SALES", "RESEARCH"),
        tags=("Lead", "Newsletter"),
        customer=True,
        credit_limit=5000,
        memberships=(MembershipSpec("NETWORK", "Réseau Design Wallonie", "RDW-233"),),
    ),
    OrgSpec(
        key="dupont",
        name="Dupont & Fils SA",
        legal_form="SA",
        region="be_fr",
        city="Namur",
        zip="5000",
        street="Chaussée de Louvain",
        number="212",
        domain="dupont-fils.be",
        founding_year=1948,
        areas=(MANAGEMENT, "SALES", "PURCHASING", "ACCOUNTING"),
        tags=("Wholesale", "Supplier"),
        customer=True,
        credit_limit=12000,
        gln=True,
        supplier=True,
        second_address=SecondAddress("WAREHOUSE", "Rue de l'Industrie", "9", "5030", "Gembloux"),
    ),
    OrgSpec(
        key="regenboog",
        name="Basisschool De Regenboog",
        legal_form="",
        region="be_nl",
        city="Leuven",
        zip="3000",
        street="Tiensestraat",
        number="65",
        domain="bs-deregenboog.be",
        founding_year=1973,
        org_type="school",
        vat=False,
        tags=("Newsletter",),
        customer=True,
    ),
    OrgSpec(
        key="kvc",
        name="KVC Sint-Amands",
        legal_form="",
        region="be_nl",
        city="Sint-Amands",
        zip="2890",
        street="Sportlaan",
        number="1",
        domain="kvcsintamands.be",
        founding_year=1932,
        org_type="club",
        vat=False,
        tags=("Newsletter", "Partner"),
        customer=True,
        credit_limit=2500,
        memberships=(MembershipSpec("ASSOCIATION", "Voetbalbond Vlaanderen", "04521"),),
    ),
    OrgSpec(
        key="lutins",
        name="Crèche Les Petits Lutins ASBL",
        legal_form="ASBL",
        region="be_fr",
        city="Wavre",
        zip="1300",
        street="Rue du Moulin",
        number="14",
        domain="petitslutins.be",
        founding_year=2004,
        org_type="kindergarten",
        staff=1,
        vat=False,
        tags=("Newsletter",),
    ),
    # --- the Netherlands ---
    OrgSpec(
        key="vandijk",
        name="Van Dijk Installatietechniek B.V.",
        legal_form="B.V.",
        region="nl",
        city="Utrecht",
        zip="3542 AD",
        street="Industrieweg",
        number="42",
        domain="vandijk-installatie.nl",
        founding_year=1987,
        staff=3,
        areas=(MANAGEMENT, "SALES", "PRODUCTION", "PURCHASING"),
        tags=("VIP", "Partner"),
        customer=True,
        credit_limit=15000,
        gln=True,
        second_address=SecondAddress("WAREHOUSE", "Zuiderweg", "7", "3542 AE", "Utrecht"),
        custom_fields=(("segment", "A"), ("framework_contract", True)),
    ),
    OrgSpec(
        key="degroot",
        name="De Groot Tuinmeubelen B.V.",
        legal_form="B.V.",
        region="nl",
        city="Eindhoven",
        zip="5616 AB",
        street="Hastelweg",
        number="260",
        domain="degroot-tuinmeubelen.nl",
        founding_year=1999,
        areas=(MANAGEMENT, "SALES", "LOGISTICS", "CUSTOMER_SERVICE"),
        tags=("Wholesale", "Supplier"),
        customer=True,
        credit_limit=7500,
        supplier=True,
    ),
    OrgSpec(
        key="fiets",
        name="Hollandse Fietsfabriek B.V.",
        legal_form="B.V.",
        region="nl",
        city="Amsterdam",
        zip="1032 KJ",
        street="Papaverweg",
        number="34",
        domain="hollandsefietsfabriek.nl",
        founding_year=2014,
        staff=3,
        areas=(MANAGEMENT, "RESEARCH", "PRODUCTION", "SALES", "MARKETING"),
        tags=("Supplier", "Partner"),
        supplier=True,
        invoice_language="EN",
    ),
    OrgSpec(
        key="jansen",
        name="Bakkerij Jansen",
        legal_form="",
        region="nl",
        city="Haarlem",
        zip="2011 GB",
        street="Gierstraat",
        number="18",
        domain="bakkerijjansen.nl",
        founding_year=1921,
        staff=1,
        tags=("Newsletter", "Lead"),
        customer=True,
        credit_limit=1500,
    ),
    OrgSpec(
        key="kompas",
        name="Montessorischool Het Kompas",
        legal_form="",
        region="nl",
        city="Den Haag",
        zip="2563 BB",
        street="Laan van Meerdervoort",
        number="410",
        domain="montessori-hetkompas.nl",
        founding_year=1958,
        org_type="school",
        vat=False,
        tags=("Newsletter",),
        customer=True,
    ),
    OrgSpec(
        key="maasvogels",
        name="Hockeyclub De Maasvogels",
        legal_form="",
        region="nl",
        city="Rotterdam",
        zip="3062 CG",
        street="Kralingseweg",
        number="200",
        domain="hcdemaasvogels.nl",
        founding_year=1928,
        org_type="club",
        staff=1,
        vat=False,
        tags=("Newsletter",),
    ),
    # --- Germany ---
    OrgSpec(
        key="mueller",
        name="Müller & Söhne GmbH",
        legal_form="GmbH",
        region="de",
        city="Stuttgart",
        zip="70469",
        street="Heilbronner Straße",
        number="290",
        domain="mueller-soehne.de",
        founding_year=1951,
        staff=3,
        areas=(MANAGEMENT, "PRODUCTION", "SALES", "PURCHASING", "ACCOUNTING", "HUMAN_RESOURCES"),
        tags=("VIP", "Wholesale"),
        customer=True,
        credit_limit=50000,
        gln=True,
        second_address=SecondAddress(
            "WAREHOUSE", "Industriestraße", "12", "70565", "Stuttgart", "Lager Vaihingen"
        ),
        fax=True,
        memberships=(
            MembershipSpec("CHAMBER", "IHK Region Stuttgart", "IHK-4471123"),
            MembershipSpec("CLUB", "SV Blau-Weiß Stuttgart 1921 e.V.", "FM-1042", "sv"),
        ),
        custom_fields=(("segment", "A"), ("payment_terms_days", 30)),
    ),
    OrgSpec(
        key="schneider",
        name="Bäckerei Schneider KG",
        legal_form="KG",
        region="de",
        city="München",
        zip="80804",
        street="Leopoldstraße",
        number="112",
        domain="baeckerei-schneider.de",
        founding_year=1903,
        areas=(MANAGEMENT, "PRODUCTION", "SALES"),
        tags=("Newsletter", "Lead"),
        customer=True,
        credit_limit=3000,
    ),
    OrgSpec(
        key="nordlicht",
        name="Nordlicht Medien GmbH",
        legal_form="GmbH",
        region="de",
        city="Hamburg",
        zip="22767",
        street="Große Elbstraße",
        number="145",
        domain="nordlicht-medien.de",
        founding_year=2016,
        staff=3,
        areas=(MANAGEMENT, "MARKETING", "IT", "SALES"),
        tags=("Lead", "Partner"),
        customer=True,
        credit_limit=8000,
        invoice_language="EN",
    ),
    OrgSpec(
        key="weber",
        name="Weber Werkzeugbau GmbH & Co. KG",
        legal_form="GmbH & Co. KG",
        region="de",
        city="Köln",
        zip="50999",
        street="Industriestraße",
        number="161",
        domain="weber-werkzeugbau.de",
        founding_year=1972,
        areas=(MANAGEMENT, "PRODUCTION", "PURCHASING", "LOGISTICS", "ACCOUNTING"),
        tags=("Supplier",),
        supplier=True,
        gln=True,
        fax=True,
    ),
    OrgSpec(
        key="hoffmann",
        name="Berliner Kaffeerösterei Hoffmann GmbH",
        legal_form="GmbH",
        region="de",
        city="Berlin",
        zip="10997",
        street="Schlesische Straße",
        number="38",
        domain="kaffee-hoffmann.de",
        founding_year=2008,
        areas=(MANAGEMENT, "PRODUCTION", "SALES", "LOGISTICS"),
        tags=("Supplier", "Wholesale", "VIP"),
        customer=True,
        credit_limit=20000,
        supplier=True,
    ),
    OrgSpec(
        key="sonnenschein",
        name="Kita Sonnenschein e.V.",
        legal_form="e.V.",
        region="de",
        city="Leipzig",
        zip="04275",
        street="Karl-Liebknecht-Straße",
        number="88",
        domain="kita-sonnenschein-leipzig.de",
        founding_year=1994,
        org_type="kindergarten",
        vat=False,
        tags=("Newsletter",),
        customer=True,
        alternative_payer_key="foerderverein",
    ),
    OrgSpec(
        key="foerderverein",
        name="Förderverein Kita Sonnenschein e.V.",
        legal_form="e.V.",
        region="de",
        city="Leipzig",
        zip="04275",
        street="Kurt-Eisner-Straße",
        number="20",
        domain="foerderverein-sonnenschein.de",
        founding_year=2001,
        org_type="club",
        staff=1,
        vat=False,
        alternative_payer=True,
    ),
    OrgSpec(
        key="sv",
        name="SV Blau-Weiß Stuttgart 1921 e.V.",
        legal_form="e.V.",
        region="de",
        city="Stuttgart",
        zip="70188",
        street="Talstraße",
        number="45",
        domain="svbw-stuttgart.de",
        founding_year=1921,
        org_type="club",
        staff=1,
        vat=False,
        tags=("Newsletter", "Partner"),
    ),
    # --- Austria ---
    OrgSpec(
        key="alpenblick",
        name="Alpenblick Tourismus GmbH",
        legal_form="GmbH",
        region="at",
        city="Innsbruck",
        zip="6020",
        street="Maria-Theresien-Straße",
        number="18",
        domain="alpenblick-tourismus.at",
        founding_year=1996,
        staff=3,
        areas=(MANAGEMENT, "SALES", "MARKETING", "CUSTOMER_SERVICE"),
        tags=("VIP", "Partner", "Newsletter"),
        customer=True,
        credit_limit=20000,
        second_address=SecondAddress(
            "SUBSIDIARY", "Vorderstadt", "12", "6370", "Kitzbühel", "Filiale Kitzbühel"
        ),
        dvr=True,
        memberships=(
            MembershipSpec("CHAMBER", "Wirtschaftskammer Tirol", "WKT-118834"),
            MembershipSpec("NETWORK", "Netzwerk Alpine Gastgeber", "NAG-77"),
        ),
    ),
    OrgSpec(
        key="linde",
        name="Gasthof Zur Alten Linde",
        legal_form="",
        region="at",
        city="Salzburg",
        zip="5020",
        street="Linzer Gasse",
        number="27",
        domain="gasthof-altelinde.at",
        founding_year=1887,
        staff=1,
        tags=("Newsletter", "Wholesale"),
        customer=True,
        credit_limit=4000,
    ),
    OrgSpec(
        key="steiner",
        name="Steiner Holzbau GmbH",
        legal_form="GmbH",
        region="at",
        city="Graz",
        zip="8054",
        street="Kärntner Straße",
        number="311",
        domain="steiner-holzbau.at",
        founding_year=1982,
        areas=(MANAGEMENT, "PRODUCTION", "PURCHASING"),
        tags=("Supplier",),
        supplier=True,
        dvr=True,
    ),
    OrgSpec(
        key="gruber",
        name="Café Gruber OG",
        legal_form="OG",
        region="at",
        city="Wien",
        zip="1080",
        street="Josefstädter Straße",
        number="24",
        domain="cafe-gruber.at",
        founding_year=2003,
        tags=("VIP", "Newsletter"),
        customer=True,
        credit_limit=6000,
        custom_fields=(("segment", "B"),),
    ),
    OrgSpec(
        key="gaemsen",
        name="Schiclub Kitzbüheler Gämsen",
        legal_form="",
        region="at",
        city="Kitzbühel",
        zip="6370",
        street="Hahnenkammstraße",
        number="5",
        domain="sc-gaemsen.at",
        founding_year=1948,
        org_type="club",
        staff=1,
        vat=False,
        tags=("Newsletter",),
    ),
)
