"""One-off: rewrite plans/2025-2029.toml against the source (issue 15). Not shipped."""
import tomllib, datetime as dt
from pathlib import Path
D = dt.date(2026, 11, 23)
BY = "transcriptie (issue 15)"
src = Path("plans/2025-2029.toml")
import subprocess; data = tomllib.loads(subprocess.check_output(["git", "show", "9a6578e:plans/2025-2029.toml"]).decode())

def assume(fields, why):
    return {"aangenomen": fields, "aangenomen_door": BY, "aangenomen_op": D, "aanname": why}

EFFECT_WHY = "De tekst koppelt deze inzet niet met zoveel woorden aan een effect; gelezen uit het doel van de inzet. Te bevestigen door het programmateam."

# --- organisations: 'we' of the source
orgs = data["organisatie"]
orgs.insert(6, {"id": "GEMEENTEN", "naam": "De regiogemeenten gezamenlijk ('we' in het beleidskader)", "soort": "gemeenten", "bron": "Inleiding"})

# --- effects (§1.3), names verbatim
data["effect"] = [
 {"id": "E1", "naam": "Voorkomen van geweld",
  "omschrijving": "Door in te zetten op onderliggende oorzaken en door vroegtijdig toe te leiden naar hulp. We beogen dat inwoners zich veilig voelen in hun leefomgeving.",
  "bron": "§1.3", "citaat": "Voorkomen van geweld: door in te zetten op onderliggende oorzaken en door vroegtijdig toe te leiden naar hulp. We beogen dat inwoners zich veilig voelen in hun leefomgeving."},
 {"id": "E2", "naam": "Duurzaam stoppen van huiselijk geweld, kindermishandeling en seksueel geweld en van intergenerationele overdracht",
  "omschrijving": "Door naast inwoners te staan en hen op maat van hun vraagstukken en situatie te ondersteunen. We beogen dat inwoners de hulp makkelijk vinden, ze deze op zowel de korte als de lange termijn als helpend ervaren en ze de samenwerking waarderen.",
  "bron": "§1.3", "citaat": "Duurzaam stoppen van huiselijk geweld, kindermishandeling en seksueel geweld en van intergenerationele overdracht: door naast inwoners te staan en hen op maat van hun vraagstukken en situatie te ondersteunen."},
 {"id": "E3", "naam": "Bescheiden en betrouwbare overheid",
  "omschrijving": "Door waar passend te normaliseren en door het recht op bescherming en rechtsbescherming hand in hand te laten gaan. We beogen dat inwoners de overheid vertrouwen en ze hulp willen en durven zoeken.",
  "bron": "§1.3", "citaat": "Bescheiden en betrouwbare overheid: door waar passend te normaliseren en door het recht op bescherming en rechtsbescherming hand in hand te laten gaan. We beogen dat inwoners de overheid vertrouwen en ze hulp willen en durven zoeken."},
 {"id": "E4", "naam": "Zorgzame samenleving",
  "omschrijving": "Door het besef van onze gezamenlijke verantwoordelijkheid voor een gezond en veilig bestaan te helpen vergroten. We beogen dat inwoners hun eventuele zorgen over HGKM&SG bespreekbaar willen maken en ze de ander actief hulp aanbieden.",
  "bron": "§1.3", "citaat": "Zorgzame samenleving: door het besef van onze gezamenlijke verantwoordelijkheid voor een gezond en veilig bestaan te helpen vergroten. We beogen dat inwoners hun eventuele zorgen over HGKM&SG bespreekbaar willen maken en ze de ander actief hulp aanbieden."},
]

# --- areas (§10.4, §4.4, §1.2)
data["gebied"] = [
 {"id": "G-NW", "naam": "Amsterdam Nieuw-West", "gemeenten": ["Amsterdam"], "route": "Stuurgroep GGSW (Amsterdam); Nationaal Programma Samen Nieuw-West", "bron": "§4.4; §10.4",
  "citaat": "In Amsterdam worden in de stadsdelen Nieuw-West en Zuidoost masterplannen uitgevoerd … Voor Amsterdam en de DUO-gemeenten sluiten we aan bij deze stuurgroep GGSW"},
 {"id": "G-ZO", "naam": "Amsterdam Zuidoost", "gemeenten": ["Amsterdam"], "route": "Stuurgroep GGSW (Amsterdam); Masterplan ZO=Zuidoost", "bron": "§4.4; §10.4",
  "citaat": "In Amsterdam worden in de stadsdelen Nieuw-West en Zuidoost masterplannen uitgevoerd … Voor Amsterdam en de DUO-gemeenten sluiten we aan bij deze stuurgroep GGSW"},
 {"id": "G-NOORD", "naam": "Amsterdam Noord", "gemeenten": ["Amsterdam"], "route": "Stuurgroep GGSW (Amsterdam)", "bron": "§4.4; §10.4",
  "citaat": "Ook in Amsterdam Noord werken we nu aan extra aandacht voor HGKM. … Voor Amsterdam en de DUO-gemeenten sluiten we aan bij deze stuurgroep GGSW"},
 {"id": "G-CENTRUM", "naam": "Amsterdam Centrum", "gemeenten": ["Amsterdam"], "route": "Stuurgroep GGSW (Amsterdam)", "bron": "§1.2; §10.4",
  "citaat": "De verschillen tussen de gebieden zijn groot. … tot 466 meldingen voor ruim 90.000 inwoners in Amsterdam Centrum"},
 {"id": "G-DUO", "naam": "DUO-gemeenten", "gemeenten": ["Diemen", "Uithoorn", "Ouder-Amstel"], "route": "Stuurgroep GGSW", "bron": "§10.4",
  "citaat": "Voor Amsterdam en de DUO-gemeenten sluiten we aan bij deze stuurgroep GGSW",
  **assume(["gemeenten"], "De tekst noemt de DUO-gemeenten niet bij naam; de regio telt zes gemeenten en §10.4 noemt Amsterdam, de DUO-gemeenten en Amstelveen en Aalsmeer, dus blijven Diemen, Uithoorn en Ouder-Amstel over (D-U-O).")},
 {"id": "G-AMV-AAL", "naam": "Amstelveen en Aalsmeer", "gemeenten": ["Amstelveen", "Aalsmeer"], "route": "Eigen route", "bron": "§10.4",
  "citaat": "Amstelveen en Aalsmeer hebben daartoe hun eigen route."},
]

# --- timeline: sessions whose papers date the source gives in its own deadline row
for s in data["stap"]:
    if s["id"] in ("T14", "T17"):
        s.pop("stukken_vooraf", None)

data["randvoorwaarde"] = [{
 "id": "R-01", "omschrijving": "Besluit vóór de gemeenteraadsverkiezingen van maart 2026 aan de gemeenteraden voorgelegd",
 "stap": "T21", "voor": dt.date(2026, 3, 18), "sterkte": "voorkeur", "bron": "Planning, N.B.",
 "citaat": "Het geniet de voorkeur als het besluit voor de verkiezingen in maart 2026 kan worden voorgelegd.",
 **assume(["voor"], "De tekst zegt 'de verkiezingen in maart 2026'; de gemeenteraadsverkiezingen zijn op 18 maart 2026 (Kiesraad). De dag staat niet in de bron.")}]

A = []
def ag(**kw):
    kw.setdefault("status", "open")
    A.append(kw)

E = lambda *e: list(e)
ag(id="B2-01", titel="Fysieke locatie van het Expertiseplatform open, met inloopfunctie voor de hele regio",
   omschrijving="Alle functies onder één dak voor huishoudens met de meest ernstige vormen van HGKM; in navolging van 'Filomena' in Rotterdam-Rijnmond; politie en OM werken er op één locatie samen met hulpverlening en Veilig Thuis.",
   trekker="VT", partners=["POLITIE", "OM", "CSG", "ACVZ"], effecten=E("E2"), deadline="2026-Q1", bron="§4.3; §6.1",
   citaat="We beogen in Q1 van 2026 de fysieke locatie te openen … Vanwege de bevoegdheden die nodig zijn, brengen we het Expertiseplatform onder bij Veilig Thuis. … Ook zal in het Expertiseplatform de samenwerking op één fysieke locatie van politie en OM met hulpverlening en Veilig Thuis worden georganiseerd. … We zorgen daarbij voor nauwe samenwerking met het Centrum voor Seksueel Geweld (CSG) … zal het Expertiseplatform samenwerken met het Actiecentrum Veiligheid en Zorg",
   **assume(["effecten"], EFFECT_WHY))
ag(id="B2-02", titel="Implementatie Slachtofferdevice versnellen (start naar verwachting eind 2025/begin 2026)",
   trekker="GEMEENTEN", partners=["JENV", "RECL"], effecten=E("E2"), deadline="eind 2025/begin 2026", bron="§6.3",
   citaat="Ook faciliteren we, in samenwerking met het ministerie van J&V en Reclassering Nederland, de inzet van het nieuwe Slachtofferdevice. … Naar verwachting start implementatie van deze maatregel eind 2025/begin 2026.",
   **assume(["effecten"], EFFECT_WHY))
ag(id="B2-03", titel="Kennis- en leerplatformfunctie HGKM, onder een stuurgroep van gemeenten en uitvoeringspartners",
   omschrijving="In eerste instantie voor de lokale teams, Veilig Thuis, Jeugdbescherming en de Raad voor de Kinderbescherming; later andere partners.",
   trekker="EP", partners=["LT", "VT", "JBRA", "RVDK"], effecten=E("E2"), bron="§4.3",
   citaat="De kennis- en leerplatformfunctie is een netwerkproject, onder aansturing van een stuurgroep samengesteld uit een vertegenwoordiging van gemeenten en uitvoeringspartners. … In eerste instantie richt dit platform zich op de lokale teams en Veilig Thuis, Jeugdbescherming en Raad voor de Kinderbescherming.",
   **assume(["effecten"], EFFECT_WHY))
ag(id="B2-04", titel="Doorontwikkeling van de werkzame elementen van het Toekomstscenario belegd bij werk- en leergroepen",
   trekker="GEMEENTEN", partners=["EP", "PT"], status="lopend", bron="§10.4",
   citaat="We beleggen de inhoudelijke doorontwikkeling van de werkzame elementen van het Toekomstscenario (zie paragraaf 3.3) bij een aantal werk- en leergroepen. Deze worden gefaciliteerd door het expertiseplatform dan wel het programmteam HGKMSG.",
   notitie="Op het moment van schrijven belegd: gebiedsgericht werken (lokale teams en VT), handelingskader (JBRA), gebiedsprofielen (gemeente Amsterdam); zie WG-01 tot WG-03.")
ag(id="B2-05", titel="Leergroep voor de trekkers van de tactische gebiedsoverleggen",
   trekker="EP", werkgroep="WG-04", bron="§10.4",
   citaat="Voor de trekkers van de opgave HGKMSG vanuit deze tactische gebiedsoverleggen, organiseren we vanuit het Expertiseplatform een leergroep.")
ag(id="B2-06", titel="Systematische wijze van monitoren, om 2 keer per jaar te reflecteren op de beoogde effecten",
   trekker="PT", gremium="PO-HGKMSG", effecten=E("E1", "E2", "E3", "E4"), bron="§10.3",
   citaat="ontwikkelen we een systematische wijze van monitoren, die ertoe aanzet om 2 keer per jaar gevoed te reflecteren op het resultaat van acties in relatie tot die beoogde effecten. … De voorbereiding is vooralsnog in handen van het programmteam HGKMSG")
ag(id="B2-07", titel="Aanvullende financiering zoeken om de gespecialiseerde ambulante hulpverlening van Blijf Groep uit te breiden",
   effecten=E("E2"), status="lopend", bron="§4.2",
   citaat="Op het moment van schrijven wordt er gezocht naar aanvullende financiering om deze gespecialiseerde ambulante hulpverlening te kunnen uitbreiden om extra deskundigheid te kunnen bieden aan de lokale teams.",
   notitie="De tekst zegt niet wie de financiering zoekt: trekker nog vast te stellen.", **assume(["effecten"], EFFECT_WHY))
ag(id="B2-08", titel="Pilot time-out woningen in Nieuw-West: eerste woningen in gebruik",
   gemeenten=["Amsterdam"], gebieden=["G-NW"], effecten=E("E1"), status="lopend", bron="§6.2",
   citaat="Op dit moment loopt er een pilot met time-out woningen in Amsterdam Nieuw-West onder de vlag van het Nationaal Programma Samen Nieuw-West. De eerste woningen worden in gebruik genomen.",
   notitie="De tekst noemt geen trekker; de pilot valt onder het Nationaal Programma Samen Nieuw-West.", **assume(["effecten"], EFFECT_WHY))
ag(id="B2-09", titel="Pilot Switch SGG (systeemgerichte hulp bij seksueel grensoverschrijdend gedrag in het gezin)",
   partners=["BRICHT", "WAAG"], effecten=E("E2"), status="lopend", bron="§6.2",
   citaat="BRicht GGZ en de Waag zijn in 2025 een pilot gestart, naar voorbeeld van de Switch aanpak bij HGKM",
   notitie="De tekst noemt BRicht GGZ en de Waag samen; wie van beide trekt is nog vast te stellen.",
   **assume(["effecten"], "§6.2 noemt de Switch-aanpak integrale hulp bij een 'vaak intergenerationeel' probleem; gelezen als duurzaam stoppen."))
ag(id="B2-10", titel="Hulpwijzer met het bestaande hulpaanbod voor plegers vormgeven en verspreiden",
   effecten=E("E2"), bron="§6.2",
   citaat="Organiseren van vroegtijdige hulp voor plegers door het vormgeven en verspreiden van een hulpwijzer met bestaand hulpaanbod, zodat professionals maar ook de doelgroep zelf weten waar ze kunnen aankloppen.",
   **assume(["effecten"], "§6.2: door gericht op plegers in te zetten 'de intergenerationele overdracht van geweld worden gestopt'."))
ag(id="B2-11", titel="Sociale kaart van de plegeraanpak seksueel geweld",
   partners=["ACVZ"], effecten=E("E2"), bron="§6.2",
   citaat="We werken hierbij nauw samen met het Programma tegen Seksuele Intimidatie en Seksueel Geweld (SISG). … Inzicht krijgen in welk aanbod voor welke type plegers we hebben aan de hand van een sociale kaart van de plegeraanpak.",
   **assume(["effecten"], "§6.2: door gericht op plegers in te zetten 'de intergenerationele overdracht van geweld worden gestopt'."))
ag(id="B2-12", titel="Bekijken of een supportgroep 'Verantwoordelijkheid nemen' kan worden opgezet onder het Masterplan ZO=Zuidoost",
   trekker="GEMEENTEN", gemeenten=["Amsterdam"], gebieden=["G-ZO"], effecten=E("E2"), bron="§6.2",
   citaat="Samen met de betrokken partijen bekijken we of een soortgelijk initiatief kan worden opgezet onder de vlag van het Masterplan ZO=Zuidoost.",
   **assume(["effecten"], "§6.2: door gericht op plegers in te zetten 'de intergenerationele overdracht van geweld worden gestopt'."))
ag(id="B2-13", titel="Gebiedsgericht samenwerken (GGSW) verbreed naar de opgave HGKM&SG",
   trekker="GEMEENTEN", partners=["LT", "VT", "JBRA", "BLIJF"], werkgroep="WG-01", gremium="SG-GGSW", effecten=E("E2"), bron="§4.4; §10.4",
   citaat="We verbreden het GGSW zo snel als werkbaar naar de opgave HGKM&SG … In ieder gebied in stuurt het samenwerkingsverband van de belangrijkste organisaties in de HGKM-aanpak: Veilig Thuis, lokale teams (in Amsterdam: OKT en Buurtteams), JBRA, Blijf Groep)",
   notitie="De tekst zegt 'zo snel als werkbaar': geen termijn.", **assume(["effecten"], EFFECT_WHY))
ag(id="B2-14", titel="Partners gevraagd het landelijk handelingskader tot hun gezamenlijke werkwijze te maken",
   trekker="GEMEENTEN", partners=["LT", "VT", "JBRA", "WSS", "LDH", "RVDK"], werkgroep="WG-02", effecten=E("E3"), bron="§4.5",
   citaat="Als opdrachtgevers zullen de gemeenten hun partners vragen het landelijke kader tot hun en dus de gezamenlijke werkwijze te maken. Wat een verdieping c.q. uitbreiding van de rol van de lokale teams en van Veilig Thuis betekent en een doorontwikkeling van het vakmanschap en de werkwijzen van de GI's en de RvdK.",
   **assume(["effecten"], "§4.5: 'de hulp daarmee toegankelijker en effectiever te maken en tegelijk de rechtsbescherming van burgers te versterken'; gelezen als E3."))
ag(id="B2-15", titel="Dataprofielen op HGKM per gebied, met de vijf gezins- en relatieprofielen",
   trekker="GEM-AMS", werkgroep="WG-03", effecten=E("E1"), bron="§4.4; §10.4",
   citaat="Om het gebiedsgerichte samenwerken te ondersteunen, ontwikkelen we dataprofielen op HGKM en benutten we ook de vijf gezins- en relatieprofielen … en de gemeente Amsterdam de ontwikkeling van gebiedsprofielen",
   **assume(["trekker", "effecten"], "§4.4 zegt 'ontwikkelen we dataprofielen'; §10.4 legt de ontwikkeling van gebiedsprofielen bij de gemeente Amsterdam. Dat dit hetzelfde werk is, is een lezing. Effect: gelezen uit het doel (zicht op problematiek per gebied)."))
ag(id="A-01", titel="Lokale preventie-aanpak per gemeente beschreven", trekker="PT", status="vervallen", bron="§5.4",
   reden="Eén regionale afspraak met het programmateam als trekker klopt niet met de bron: elke gemeente maakt een eigen uitvoeringsplan (§1.4, §5.4). Vervangen door A-06 tot en met A-11, één per gemeente.",
   citaat="dat laten we over aan de afzonderlijke gemeenten", **assume(["trekker"], "Oorspronkelijke overname; de bron noemt het programmateam hier niet."))
ag(id="A-02", titel="Uitkomsten van het evaluatieonderzoek naar de inlooplocatie van het CSG",
   partners=["CSG"], effecten=E("E2"), deadline="2026", status="lopend", bron="§7.4",
   citaat="Sinds de opening van de inlooplocatie van het CSG loopt er een evaluatieonderzoek, de uitkomsten worden in 2026 verwacht.",
   notitie="De tekst zegt niet wie het onderzoek uitvoert: trekker nog vast te stellen.", **assume(["effecten"], EFFECT_WHY))
ag(id="A-03", titel="Streven: extra rijksmiddelen 2026 voor opvangplekken aanvullend aanwenden voor uitbreiding van de opvangcapaciteit",
   omschrijving="Een hoop, geen toezegging: ook daarmee zou de Istanbul-norm niet bereikt zijn, 'maar dan zouden we rond de 90% kunnen komen'.",
   trekker="GEMEENTEN", effecten=E("E2"), bron="§4.6",
   citaat="In de rijksbegroting 2026 is sprake van extra middelen begroot specifiek voor opvangplekken na huiselijk geweld; Amsterdam/Amstelland hoopt deze middelen aanvullend te kunnen aanwenden voor verdere uitbreiding van de opvangcapaciteit.",
   **assume(["effecten"], EFFECT_WHY))
ag(id="A-04", titel="Oplevering tweede Oranjehuis in Amsterdam-Zuidoost (verwacht 2027; dan 94 opvangplekken, 82% van de Grevio-norm)",
   partners=["BLIJF"], gemeenten=["Amsterdam"], gebieden=["G-ZO"], effecten=E("E2"), deadline="2027", status="lopend", bron="§4.6",
   citaat="sindsdien wordt de opvang na huiselijk geweld in Amsterdam en voor de regio uitgevoerd door Blijf Groep … De bouw van een tweede Oranjehuis in Amsterdam-Zuidoost is al enige jaren in de planning en oplevering ervan wordt nu verwacht in 2027. Daarmee zouden we op 94 opvangplekken komen, 82% van de norm.",
   notitie="De tekst zegt niet wie bouwt of oplevert: trekker nog vast te stellen.", **assume(["effecten"], EFFECT_WHY))
ag(id="A-05", titel="Aanpak VGV van de GGD: sleutelpersonen, kennis bij professionals, VGV-netwerk, onderzoek en nazorgspreekuur",
   omschrijving="Doel van de inzet is volledige uitbanning van VGV per 2030: een doel, geen termijn van deze afspraak.",
   trekker="GGD", gemeenten=["Amsterdam"], effecten=E("E1"), status="lopend", bron="§9.4",
   citaat="Binnen de aanpak VGV zet de GGD in op bereiken van (potentiële) slachtoffers door inzet van sleutelpersonen, het vergroten van kennis over VGV bij professionals bij (in)formele organisaties, de ontwikkeling van het VGV-netwerk in Amsterdam, onderzoek en op het houden van een VGV-nazorgspreekuur voor vrouwen die besneden zijn. Doel van de inzet is volledige uitbanning van VGV per 2030.",
   **assume(["effecten"], EFFECT_WHY))
GEM = [("A-06", "Amsterdam", "GEM-AMS"), ("A-07", "Amstelveen", "GEM-AMV"), ("A-08", "Aalsmeer", "GEM-AAL"),
       ("A-09", "Diemen", "GEM-DIE"), ("A-10", "Uithoorn", "GEM-UIT"), ("A-11", "Ouder-Amstel", "GEM-OA")]
for id_, name, org in GEM:
    ag(id=id_, titel=f"Eigen uitvoeringsplan preventie {name}", trekker=org, gemeenten=[name], effecten=E("E1"), deadline="2026", bron="§1.4; §5.4",
       citaat="Voor de preventie-aanpak wordt een visie geboden waar de regiogemeenten ieder een eigen uitvoeringsplan op kunnen maken. … dat laten we over aan de afzonderlijke gemeenten. Dat zal het komende jaar beschreven moeten worden om handvatten te bieden voor lokale preventie-aanpakken per gemeente.",
       **assume(["deadline"], "De tekst zegt 'het komende jaar' in een concept van najaar 2025; gelezen als 2026."))
WE_E = lambda: assume(["effecten"], EFFECT_WHY)
PL = "§6.2: door gericht op plegers in te zetten 'de intergenerationele overdracht van geweld worden gestopt'."
ag(id="A-12", titel="Inzet van Aware verbeteren en versterken", trekker="GEMEENTEN", effecten=E("E2"), bron="§6.3; §8",
   citaat="De komende periode verbeteren en versterken we de inzet van Aware en het bestuursrechtelijke instrument Tijdelijk Huisverbod.", **WE_E())
ag(id="A-13", titel="Route 'THV geïnitieerd door de hulpverlening' versterken: hulpverleners trainen en communicatiematerialen ontwikkelen",
   trekker="GEMEENTEN", effecten=E("E1"), bron="§6.3",
   citaat="zetten we in samenwerking met de betrokken partijen al in op het versterken van de route 'THV geïnitieerd door de hulpverlening'. We trainen hulpverleners en ontwikkelen communicatiematerialen, zodat de professionals een THV ook preventief kunnen inzetten.", **WE_E())
ag(id="A-14", titel="Samenwerking Blijf Groep en Reclassering geïntensiveerd bij herhaald huiselijk geweld (vervolg pilot 'Specifieke doelgroep THV')",
   trekker="GEMEENTEN", partners=["BLIJF", "RECL"], effecten=E("E2"), bron="§6.3",
   citaat="Ook intensiveren we, als vervolg op de pilot 'Specifieke doelgroep THV', de samenwerking tussen Blijf Groep en de Reclassering in het geval huiselijk geweld herhaaldelijk aan de orde is geweest.", **WE_E())
ag(id="A-15", titel="Intensief casemanagement na een THV (1,5 jaar) in Nieuw-West en Zuidoost",
   trekker="GEMEENTEN", gemeenten=["Amsterdam"], gebieden=["G-NW", "G-ZO"], effecten=E("E2"), bron="§6.3; §4.4",
   citaat="investeren we in het kader van het Nationaal Programma Samen Nieuw-West en het Masterplan Zuidoost onder andere in de inzet van intensief casemanagement, zodat hulpverleners ook na afloop van een THV 1,5 jaar lang betrokken blijven.", **WE_E())
ag(id="A-16", titel="Nabestaanden van femicide beter faciliteren bij hun vragen naar praktische ondersteuning en hulp",
   partners=["ACVZ", "SHN"], effecten=E("E2"), bron="§8",
   citaat="In het kader van deze nieuwe pijler werken gemeente en het Actiecentrum Veiligheid en Zorg samen met Slachtofferhulp Nederland om nabestaanden beter te faciliteren bij hun vragen naar praktische ondersteuning en hulp.",
   notitie="De tekst noemt 'gemeente' zonder te zeggen welke, met het AcVZ en Slachtofferhulp Nederland: trekker nog vast te stellen.", **WE_E())
ag(id="A-17", titel="Aard en omvang van intieme terreur en femicide beter in beeld, met het Rijk, de GGD en de Universiteit Leiden",
   trekker="GEMEENTEN", partners=["GGD", "UL"], effecten=E("E1"), bron="§8",
   citaat="We staan in contact met het Rijk, de GGD en wetenschappers van de Universiteit Leiden om de aard en omvang van intieme terreur en femicide beter in beeld te brengen.", **WE_E())
ag(id="A-18", titel="Campagnes voor bewustwording van (potentiële) slachtoffers van femicide en hun sociale netwerk",
   trekker="GEMEENTEN", effecten=E("E1", "E4"), bron="§8",
   citaat="We vergroten de bewustwording van (potentiële) slachtoffers en hun sociale netwerk door campagnes en andere communicatiemiddelen in te zetten, met als doel het tijdig herkennen van risicofactoren en het zoeken van passende hulp.", **WE_E())
LH = [
 ("A-19", "Zorgaanbod afstemmen op de specifieke behoeften van lhbtqi+-personen, met het CSG", ["CSG"], "Het afstemmen van het zorgaanbod op de specifieke behoeften van lhbtqi+-personen met het CSG;", ["E2"]),
 ("A-20", "Samenwerking tussen specialistische hulpverlening en zelf- en belangenorganisaties en informele partijen versterken (lhbtqi+)", [], "Het versterken van de samenwerking tussen de specialistische hulpverlening en zelf- en belangenorganisaties en informele partijen", ["E2"]),
 ("A-21", "Input verzamelen van partijen die zich inzetten voor de lhbtqi+-gemeenschap, om te bepalen welke inzet het meest nodig is", [], "Het verzamelen van input van belangrijke partijen die zich inzetten voor de lhbtqi+-gemeenschap, om te bepalen welke inzet het meest nodig is", ["E3"]),
 ("A-22", "Bewustwording vergroten en het taboe doorbreken rond HGKM en seksueel geweld (lhbtqi+)", [], "Het vergroten van de bewustwording en het doorbreken van het taboe rondom het bespreken van en hulp zoeken bij HGKM en seksueel geweld;", ["E4"]),
 ("A-23", "Kennis bij HGKM-professionals over lhbtqi+-personen vergroten met trainingen en informatiemiddelen", [], "Het vergroten van de kennis bij HGKM-professionals over lhbtqi+-personen middels trainingen en andere informatiemiddelen", ["E1"]),
 ("A-24", "Specifieke praatgroepen en peer support voor subgroepen binnen de lhbtqi+-gemeenschap", [], "Het organiseren van specifieke praatgroepen en peer support voor verschillende subgroepen binnen de lhbtqi+ gemeenschap.", ["E4"]),
]
for id_, title, partners, quote, eff in LH:
    ag(id=id_, titel=title, trekker="GEMEENTEN", partners=partners, effecten=eff, bron="§9.2",
       citaat="We continueren de komende jaren de inzet op het tegengaan van HGKM&SG jegens en binnen de lhbtqi+- community. … " + quote, **WE_E())
ag(id="A-25", titel="Gerichte trainingen voor professionals die met ouderen werken (ouderenmishandeling)", trekker="GEMEENTEN", effecten=E("E1"), bron="§9.1",
   citaat="Dit doen we door: … Het aanbieden van gerichte trainingen aan professionals die met ouderen werken.", **WE_E())
ag(id="A-26", titel="Met zorg- en welzijnsorganisaties acties formuleren tegen ouderenmishandeling", trekker="GEMEENTEN", effecten=E("E1"), bron="§9.1",
   citaat="Samen met zorg- en welzijnsorganisaties in gesprek te gaan en acties te formuleren om ouderenmishandeling tegen te gaan.", **WE_E())
ag(id="A-27", titel="Boys' Club van het CSG op een COA-locatie", trekker="CSG", partners=["COA"], effecten=E("E1"), status="lopend", bron="§9.3",
   citaat="We werken daarom samen met het CSG en andere afdelingen, zoals bij de Boys' Club van het CSG op een COA-locatie.", **WE_E())
ag(id="A-28", titel="Ambitie: ook een Girls' Club ontwikkelen", partners=["CSG", "COA"], effecten=E("E1"), bron="§9.3",
   citaat="Hierbij is de ambitie om ook een Girls' Club te ontwikkelen.",
   notitie="Een ambitie; de tekst zegt niet wie de Girls' Club ontwikkelt: trekker nog vast te stellen.", **WE_E())
ag(id="A-29", titel="Verhoogde inzet CSG: deskundigheidsbevordering, training en casussamenwerking met COA-locaties", trekker="CSG", partners=["COA"], effecten=E("E2"), bron="§9.3",
   citaat="CSG in op verhoogde inzet in de vorm van deskundigheidsbevordering, training en casussamenwerking met COA-locaties in de stad.", **WE_E())
ag(id="A-30", titel="Proactieve informatievoorziening voor vrouwen met een afhankelijk verblijfsrecht", trekker="GEMEENTEN", partners=["VRW"], effecten=E("E3"), bron="§9.3",
   citaat="Vanuit dit beleidskader HGKM & SG willen we hierop inzetten door proactieve informatievoorziening, vanuit bijvoorbeeld de Vrouwenrechtswinkels, door partijen die dicht bij de doelgroep staan.", **WE_E())
ag(id="A-31", titel="Structurele aandacht voor vrouwenrechten en huiselijk geweld in de inburgeringscursus (aanpak Noord)",
   gemeenten=["Amsterdam"], gebieden=["G-NOORD"], effecten=E("E1"), status="lopend", bron="§9.3",
   citaat="In het kader van de aanpak Noord wordt actief ingezet op het versterken van de positie van vrouwen met een afhankelijkheidsrecht door structurele aandacht voor vrouwenrechten en huiselijk geweld in de inburgeringscursus",
   notitie="De tekst noemt geen trekker.", **WE_E())
PLM = [
 ("A-32", "Buurtrechters inzetten bij huiselijke conflicten, met aandacht voor de hulp die plegers nodig hebben", None, [], "Inzet van buurtrechters bij huiselijke conflicten, waarbij aandacht is voor hulp die plegers nodig hebben om achtergrondproblematiek op te lossen."),
 ("A-33", "Reclassering inzetten bij THV-zaken waarin recidive heeft plaatsgevonden", "RECL", [], "Inzet van de Reclassering bij THV-zaken waarin recidive heeft plaatsgevonden."),
 ("A-34", "Aanpak van stalking versterken: samenwerkingsafspraken bij hoog risico, stopgesprekken door de politie, doorverwijzing", None, ["POLITIE"], "Versterken van de aanpak van stalking, onder meer door aanscherping van samenwerkingsafspraken bij hoog risico stalkingszaken, stopgesprekken vanuit de politie en doorverwijzing naar hulp."),
 ("A-35", "Mannenpraatgroepen faciliteren en inzetten voor dialoogsessies, opvoedebatten en andere activiteiten", None, [], "Faciliteren en inzetten van mannenpraatgroepen voor dialoogsessies, opvoedebatten en andere activiteiten gericht op het voorkomen van plegerschap"),
 ("A-36", "Supportgroepen voor plegers opzetten", None, [], "Het opzetten van supportgroepen voor plegers."),
 ("A-37", "Deskundigheid en omgang met plegers in de hulpverlening verbeteren", None, [], "Het verbeteren van deskundigheid en omgang met plegers in de hulpverlening"),
 ("A-38", "Switch inzetten: integrale samenwerking van jeugdzorg, (forensische) volwassen GGZ en Blijf Groep", None, ["BLIJF", "WAAG", "BRICHT", "ALTRA"], "Het inzetten van Switch, een integrale samenwerking tussen jeugdzorg, (forensische) volwassen GGZ en Blijf Groep … Switch is een netwerksamenwerking tussen Blijf Groep, de Waag (forensische GGZ), GGZ BRicht (volwassen psychiatrie, veelal gericht op trauma) en Altra (jeugdzorg)."),
]
for id_, title, lead, partners, quote in PLM:
    extra = {"trekker": lead} if lead else {"notitie": "De tekst noemt de maatregel zonder trekker: nog vast te stellen."}
    ag(id=id_, titel=title, partners=partners, effecten=E("E2"), bron="§6.2",
       citaat="De plegeraanpak HGKM omvat de volgende maatregelen: … " + quote, **extra, **assume(["effecten"], PL))
ag(id="A-39", titel="Programma SISG: plegeraanpak gericht op jonge (potentiële) en vermoedelijke plegers, hun netwerk en deskundigheid van professionals",
   trekker="ACVZ", effecten=E("E1"), bron="§6.2; §7.5",
   citaat="Het programma SISG focust binnen de plegeraanpak op jonge (potentiële) en vermoedelijke plegers, op het netwerk van plegers en op deskundigheidsbevordering van professionals. … Het programma SISG is onderdeel van het Actiecentrum Veiligheid en Zorg (AcVZ) Amsterdam-Amstelland.",
   **assume(["effecten"], PL))
ag(id="A-40", titel="Naamsbekendheid van het CSG vergroten met campagnes en voorlichting", trekker="CSG", effecten=E("E3"), bron="§7.4",
   citaat="zet het CSG de komende tijd in op het vergroten van haar naamsbekendheid. Onder andere met campagnes en voorlichting willen we breed de inwoners van Amsterdam-Amstelland bereiken.", **WE_E())
ag(id="A-41", titel="Doorontwikkeling van de fysieke locatie van het CSG, als regionaal expertisecentrum seksueel geweld", trekker="CSG", effecten=E("E2"), status="lopend", bron="§7.4",
   citaat="Daarnaast werkt het CSG aan de doorontwikkeling van de fysieke locatie. Onder die doorontwikkeling valt onder andere de positionering als regionaal expertisecentrum op het gebied van seksueel geweld en het versterken van de samenwerking.", **WE_E())
ag(id="A-42", titel="Onderzoeken hoe de vindbaarheid en bereikbaarheid van hulp bij seksueel geweld voor specifieke doelgroepen groter wordt",
   trekker="GEMEENTEN", effecten=E("E3"), bron="§7.1",
   citaat="Daarom onderzoeken we, bijvoorbeeld met informele organisaties uit de lhbtqi+-gemeenschap, hoe we de vindbaarheid en bereikbaarheid voor specifieke doelgroepen kunnen vergroten.", **WE_E())
ag(id="A-43", titel="Organiseren dat inwoners die verder weg wonen de inloopfunctie van het Expertiseplatform goed kunnen bereiken",
   trekker="GEMEENTEN", effecten=E("E2"), bron="§4.3",
   citaat="De inloopfunctie is er voor inwoners uit de hele regio en we gaan organiseren dat ook mensen die verder af wonen van de fysieke locatie er goed terecht kunnen (bijvoorbeeld met een taxikostenvergoeding).", **WE_E())
ag(id="A-44", titel="Time-out woningen uitbreiden naar Zuidoost, na de pilot in Nieuw-West", gemeenten=["Amsterdam"], gebieden=["G-ZO"], effecten=E("E1"), bron="§6.2",
   citaat="De eerste woningen worden in gebruik genomen. Daarna volgt uitbreiding naar Zuidoost.",
   notitie="De tekst noemt geen trekker en geen termijn.", **WE_E())
data["afspraak"] = [{k: v for k, v in a.items() if v not in ([], None)} for a in A]

# --- werkgroepen
wg_quote = "Deze worden gefaciliteerd door het expertiseplatform dan wel het programmteam HGKMSG. Organisaties zijn trekker van werkgroepen. Zo is op het moment van schrijven versterking van gebiedsgericht werken belegd bij lokale teams en VT, trekt JBRA het handelingskader gefaseerd samenwerken voor veiligheid en de gemeente Amsterdam de ontwikkeling van gebiedsprofielen."
for g in data["werkgroep"]:
    g.pop("notitie", None)
    if g["id"] in ("WG-01", "WG-02", "WG-03"):
        g["citaat"] = wg_quote
        g["effecten"] = ["E2"] if g["id"] != "WG-02" else ["E3"]
        g.update(assume(["effecten"], EFFECT_WHY))
    else:
        g["citaat"] = "Voor de trekkers van de opgave HGKMSG vanuit deze tactische gebiedsoverleggen, organiseren we vanuit het Expertiseplatform een leergroep."
for m in data["partneroverleg"]:
    m["bron"] = "§10.3"
    m["citaat"] = "Tweemaal per jaar houden we een partneroverleg … De voorbereiding is vooralsnog in handen van het programmteam HGKMSG"
(j,) = data["terugkerend"]
j["trekker"] = "GEMEENTEN"
j["citaat"] = "Dit doen we door: … Het organiseren van bewustwordingscampagnes over ouderenmishandeling rondom de Dag tegen Ouderenmishandeling op 15 juni."
j.update(assume(["vanaf"], "De bron noemt 15 juni zonder jaar; de eerste keer in de looptijd na de vaststelling (2026) is gekozen."))

# --- indicators (only what the source gives)
data["indicator"] = [
 {"id": "I-01", "naam": "Meldingen bij Veilig Thuis", "definitie": "Meldingen over of van huishoudens die in een jaar binnenkwamen bij Veilig Thuis Amsterdam-Amstelland.",
  "eenheid": "aantal", "gegevensbron": "Veilig Thuis", "effecten": ["E1"], "bron": "§1.2",
  "citaat": "In de regio Amsterdam-Amstelland kwamen in 2024 9.951 meldingen en 5.383 adviesvragen binnen bij Veilig Thuis (VT).",
  **assume(["effecten"], "De tekst koppelt de cijfers niet aan een effect; gelezen als maat voor zicht op geweld (E1).")},
 {"id": "I-02", "naam": "Adviesvragen bij Veilig Thuis", "definitie": "Adviesvragen die in een jaar binnenkwamen bij Veilig Thuis Amsterdam-Amstelland.",
  "eenheid": "aantal", "gegevensbron": "Veilig Thuis", "effecten": ["E4"], "bron": "§1.2",
  "citaat": "In de regio Amsterdam-Amstelland kwamen in 2024 9.951 meldingen en 5.383 adviesvragen binnen bij Veilig Thuis (VT).",
  **assume(["effecten"], "De tekst koppelt de cijfers niet aan een effect; adviesvragen gelezen als maat voor zorgen bespreekbaar maken (E4).")},
 {"id": "I-03", "naam": "Meldingen per 1000 inwoners", "definitie": "Meldingen bij Veilig Thuis over huishoudens met én zonder kinderen, per 1000 inwoners van het gebied, in een jaar.",
  "eenheid": "per 1000 inwoners", "gegevensbron": "Veilig Thuis", "bron": "§1.2",
  "citaat": "1.753 meldingen gedaan in 2024 over huishoudens met én zonder kinderen in Amsterdam Nieuw-West, met een inwonersaantal van meer dan 165.000 (11 meldingen per 1000 inwoners)"},
 {"id": "I-04", "naam": "Beroep op het Centrum voor Seksueel Geweld", "definitie": "Aantal keer dat in een jaar een beroep werd gedaan op de hulp en expertise van het CSG (acute en niet-acute fase).",
  "eenheid": "aantal", "gegevensbron": "Centrum Seksueel Geweld", "effecten": ["E2"], "bron": "§1.2",
  "citaat": "In datzelfde jaar werd er 1.390 keer een beroep gedaan op de hulp en expertise van het Centrum voor Seksueel Geweld: door 552 slachtoffers in de acute fase en door 838 personen gesproken in de niet-acute fase.",
  **assume(["effecten"], "De tekst koppelt het cijfer niet aan een effect; gelezen als maat voor hulp die gevonden wordt (E2).")},
 {"id": "I-05", "naam": "Opvangplekken na huiselijk geweld", "definitie": "Gezinsopvangplekken na huiselijk geweld in de regio; de Grevio-norm is 1 plek per 10.000 inwoners.",
  "eenheid": "plekken", "gegevensbron": "Blijf Groep", "effecten": ["E2"], "norm": 114, "bron": "§4.6",
  "citaat": "namelijk dat er op iedere 10.000 inwoners 1 gezinsopvangplek beschikbaar zou moeten zijn. De regio Amsterdam-Amstelland had op 1-1-2025, 1.143.590 inwoners. Dan zouden we 114 opvangplekken moeten hebben voor de regio.",
  **assume(["gegevensbron", "effecten"], "De tekst zegt dat Blijf Groep de opvang uitvoert, niet wie de plekken telt; effect gelezen uit het doel (veiligheid na geweld).")},
]
M = []
def meet(ind, per, val, quote, src="§1.2", **place):
    M.append({"id": f"M-{len(M)+1:03d}", "indicator": ind, "periode": per, "waarde": val, **place, "bron": src, "citaat": quote})
meet("I-01", "2024", 9951, "In de regio Amsterdam-Amstelland kwamen in 2024 9.951 meldingen")
meet("I-02", "2024", 5383, "5.383 adviesvragen binnen bij Veilig Thuis (VT)")
meet("I-01", "2024", 1753, "1.753 meldingen gedaan in 2024 over huishoudens met én zonder kinderen in Amsterdam Nieuw-West", gebied="G-NW")
meet("I-01", "2024", 466, "tot 466 meldingen voor ruim 90.000 inwoners in Amsterdam Centrum", gebied="G-CENTRUM")
meet("I-01", "2024", 241, "in Uithoorn waren er 241 meldingen voor bijna 32.000 inwoners", gemeente="Uithoorn")
meet("I-01", "2024", 253, "in Diemen 253 meldingen bij ruim 33.000 inwoners", gemeente="Diemen")
meet("I-03", "2024", 11, "(11 meldingen per 1000 inwoners)", gebied="G-NW")
meet("I-03", "2024", 5, "(5 meldingen per 1000 inwoners)", gebied="G-CENTRUM")
meet("I-03", "2024", 8, "(8 meldingen per 1000 inwoners voor beide)", gemeente="Uithoorn")
meet("I-03", "2024", 8, "(8 meldingen per 1000 inwoners voor beide)", gemeente="Diemen")
meet("I-04", "2024", 1390, "In datzelfde jaar werd er 1.390 keer een beroep gedaan op de hulp en expertise van het Centrum voor Seksueel Geweld")
data["meting"] = M

from regiotrack.check.lineindex import LineIndex
from regiotrack.check.validation import validate
from regiotrack.store.writing import dumps
plan, problems = validate(data, LineIndex(), "plan")
for p in problems: print(p.format())
assert plan is not None
src.write_text(dumps(plan))
Path("src/regiotrack/data/2025-2029.toml").write_text(dumps(plan))
print("ok", len(plan.agreements))
