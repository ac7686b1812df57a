"""Demo data for Pårørendeportalen, loaded by the quick start.

Built from the offers described in the five seed articles (Trondheim, Asker, Bærum, and
Gjøvik with its partners), written as a municipality's web page would describe them today.
The texts speak to the carer in plain, warm bokmål.

Contact details are invented and look invented: e-mail addresses and web sites use the
reserved .example domain, and every phone number starts with 0 after +47, which no
Norwegian subscriber number does. No real person is named; the two named contacts use the
placeholder names Kari and Ola Nordmann.

Conventions:
- Municipalities are kommunenummer (4 digits) and counties fylkesnummer (2 digits), as in
  the 2024 lists the municipalities app loads. `owner` is the municipality whose
  coordinators keep the offer up to date, None for a national offer.
- Ages are (min, max), both inclusive; None is an open end, (None, None) means no limit.
- `confirmed_days_ago` is how many days ago a coordinator last confirmed the offer is true;
  None means never confirmed.
- Providers and contacts are grouped by municipality, national ones last. OFFERS are
  sorted by owning municipality (Asker, Bærum, Gjøvik, Trondheim, national last), then by
  title.
"""

PROVIDERS: list[dict] = [
    # Asker (3203)
    {
        "slug": "asker-kommune",
        "name": "Asker kommune",
        "kind": "municipality",
        "municipality": "3203",
        "website": "https://www.asker.kommune.example",
    },
    {
        "slug": "asker-kommune-demensteamet",
        "name": "Demensteamet, Asker kommune",
        "kind": "municipality",
        "municipality": "3203",
        "website": "https://www.asker.kommune.example/demensteamet",
    },
    {
        "slug": "asker-kommune-psykisk-helse-og-rus",
        "name": "Psykisk helse og rus, Asker kommune",
        "kind": "municipality",
        "municipality": "3203",
        "website": "https://www.asker.kommune.example/psykisk-helse-og-rus",
    },
    {
        "slug": "asker-kommune-psykologtjenesten",
        "name": "Psykologtjenesten, Asker kommune",
        "kind": "municipality",
        "municipality": "3203",
        "website": "https://www.asker.kommune.example/psykologtjenesten",
    },
    # Bærum (3201)
    {
        "slug": "baerum-kommune",
        "name": "Bærum kommune",
        "kind": "municipality",
        "municipality": "3201",
        "website": "https://www.baerum.kommune.example",
    },
    {
        "slug": "baerum-helse-og-friskliv",
        "name": "Bærum helse og friskliv",
        "kind": "municipality",
        "municipality": "3201",
        "website": "https://www.baerum.kommune.example/helse-og-friskliv",
    },
    {
        "slug": "baerum-kommune-helsetjenester-barn-og-unge",
        "name": "Helsetjenester barn og unge, Bærum kommune",
        "kind": "municipality",
        "municipality": "3201",
        "website": "https://www.baerum.kommune.example/helsetjenester-barn-og-unge",
    },
    {
        "slug": "lpp-baerum",
        "name": "LPP Bærum",
        "kind": "voluntary",
        "municipality": "3201",
        "website": "https://www.lpp.example/baerum",
    },
    # Gjøvik (3407)
    {
        "slug": "gjovik-kommune",
        "name": "Gjøvik kommune",
        "kind": "municipality",
        "municipality": "3407",
        "website": "https://www.gjovik.kommune.example",
    },
    {
        "slug": "gjovik-demensforening",
        "name": "Gjøvik demensforening",
        "kind": "voluntary",
        "municipality": "3407",
        "website": "https://www.gjovik-demensforening.example",
    },
    {
        "slug": "usht-innlandet",
        "name": "Utviklingssenter for sykehjem og hjemmetjenester (USHT) Innlandet",
        "kind": "public",
        "municipality": "3407",
        "website": "https://www.usht-innlandet.example",
    },
    # Trondheim (5001)
    {
        "slug": "trondheim-kommune",
        "name": "Trondheim kommune",
        "kind": "municipality",
        "municipality": "5001",
        "website": "https://www.trondheim.kommune.example",
    },
    {
        "slug": "trondheim-kommune-hjemmetjenesten",
        "name": "Hjemmetjenesten, Trondheim kommune",
        "kind": "municipality",
        "municipality": "5001",
        "website": "https://www.trondheim.kommune.example/hjemmetjenesten",
    },
    {
        "slug": "trondheim-kommune-laerings-og-mestringsenheten",
        "name": "Lærings- og mestringsenheten, Trondheim kommune",
        "kind": "municipality",
        "municipality": "5001",
        "website": "https://www.trondheim.kommune.example/laerings-og-mestringsenheten",
    },
    # Nasjonale og regionale
    {
        "slug": "kreftforeningen",
        "name": "Kreftforeningen",
        "kind": "voluntary",
        "municipality": None,
        "website": "https://www.kreftforeningen.example",
    },
    {
        "slug": "lpp",
        "name": "LPP – Landsforeningen for pårørende innen psykisk helse",
        "kind": "voluntary",
        "municipality": None,
        "website": "https://www.lpp.example",
    },
    {
        "slug": "nasjonalforeningen-demensforeningen",
        "name": "Nasjonalforeningen for folkehelsen (Demensforeningen)",
        "kind": "voluntary",
        "municipality": None,
        "website": "https://www.nasjonalforeningen.example/demens",
    },
    {
        "slug": "ntnu-senter-for-omsorgsforskning",
        "name": "NTNU Senter for omsorgsforskning",
        "kind": "public",
        "municipality": None,
        "website": "https://www.ntnu.example/omsorgsforskning",
    },
    {
        "slug": "vestre-viken-hf",
        "name": "Vestre Viken HF",
        "kind": "hospital_trust",
        "municipality": None,
        "website": "https://www.vestreviken.example",
    },
]

CONTACTS: list[dict] = [
    # Asker (3203)
    {
        "email": "parorendekoordinator@asker.kommune.example",
        "municipality": "3203",
        "role": "Pårørendekoordinator",
        "name": "",
        "phone": "+47 011 10 100",
        "availability": "Hverdager kl. 8.00–15.30",
        "is_public": True,
        "is_way_in": True,
        "position": 0,
    },
    {
        "email": "demensteamet@asker.kommune.example",
        "municipality": "3203",
        "role": "Demensteamet",
        "name": "",
        "phone": "+47 011 10 200",
        "availability": "Hverdager kl. 8.00–15.00",
        "is_public": True,
        "is_way_in": False,
        "position": 1,
    },
    {
        "email": "samtalegruppe.demens@asker.kommune.example",
        "municipality": "3203",
        "role": "Gruppeleder, samtalegruppen for pårørende til personer med demens",
        "name": "Kari Nordmann",
        "phone": "+47 011 10 210",
        "availability": "Tirsdager kl. 10.00–14.00",
        "is_public": True,
        "is_way_in": False,
        "position": 2,
    },
    {
        "email": "psykologtjenesten@asker.kommune.example",
        "municipality": "3203",
        "role": "Psykologtjenesten",
        "name": "",
        "phone": "+47 011 10 300",
        "availability": "Hverdager kl. 9.00–15.00",
        "is_public": True,
        "is_way_in": False,
        "position": 3,
    },
    {
        "email": "parorenderadgiver.rus@asker.kommune.example",
        "municipality": "3203",
        "role": "Pårørenderådgiver, psykisk helse og rus",
        "name": "",
        "phone": "+47 011 10 400",
        "availability": "Hverdager kl. 9.00–15.00",
        "is_public": True,
        "is_way_in": False,
        "position": 4,
    },
    {
        "email": "brukertorget@asker.kommune.example",
        "municipality": "3203",
        "role": "Brukertorget (søknad om tjenester og avlastning)",
        "name": "",
        "phone": "+47 011 10 500",
        "availability": "Hverdager kl. 8.00–15.30",
        "is_public": True,
        "is_way_in": False,
        "position": 5,
    },
    {
        "email": "hverdagsrehabilitering@asker.kommune.example",
        "municipality": "3203",
        "role": "Hverdagsrehabiliteringsteamet",
        "name": "",
        "phone": "+47 011 10 600",
        "availability": "Hverdager kl. 8.00–15.00",
        "is_public": True,
        "is_way_in": False,
        "position": 6,
    },
    {
        "email": "nettverk.parorendestotte@asker.kommune.example",
        "municipality": "3203",
        "role": "Nettverk for pårørendestøtte (for ansatte)",
        "name": "",
        "phone": "",
        "availability": "",
        "is_public": False,
        "is_way_in": False,
        "position": 7,
    },
    # Bærum (3201)
    {
        "email": "parorendekoordinator@baerum.kommune.example",
        "municipality": "3201",
        "role": "Pårørendekoordinator",
        "name": "",
        "phone": "+47 012 20 100",
        "availability": "Hverdager kl. 8.00–15.30",
        "is_public": True,
        "is_way_in": True,
        "position": 0,
    },
    {
        "email": "demenskoordinator@baerum.kommune.example",
        "municipality": "3201",
        "role": "Demenskoordinator",
        "name": "",
        "phone": "+47 012 20 200",
        "availability": "Hverdager kl. 8.00–15.30",
        "is_public": True,
        "is_way_in": False,
        "position": 1,
    },
    {
        "email": "kreftkoordinator@baerum.kommune.example",
        "municipality": "3201",
        "role": "Kreftkoordinator",
        "name": "",
        "phone": "+47 012 20 300",
        "availability": "Hverdager kl. 8.00–15.30",
        "is_public": True,
        "is_way_in": False,
        "position": 2,
    },
    {
        "email": "helseogfriskliv@baerum.kommune.example",
        "municipality": "3201",
        "role": "Bærum helse og friskliv",
        "name": "",
        "phone": "+47 012 20 400",
        "availability": "Hverdager kl. 9.00–14.00",
        "is_public": True,
        "is_way_in": False,
        "position": 3,
    },
    {
        "email": "helsetjenester.barnogunge@baerum.kommune.example",
        "municipality": "3201",
        "role": "Helsetjenester barn og unge",
        "name": "",
        "phone": "+47 012 20 500",
        "availability": "Hverdager kl. 8.00–15.30",
        "is_public": True,
        "is_way_in": False,
        "position": 4,
    },
    {
        "email": "duerikkedeneneste@baerum.kommune.example",
        "municipality": "3201",
        "role": "Gruppeleder, «Du er ikke den eneste»",
        "name": "Ola Nordmann",
        "phone": "+47 012 20 510",
        "availability": "Mandager og onsdager kl. 9.00–15.00",
        "is_public": True,
        "is_way_in": False,
        "position": 5,
    },
    {
        "email": "nettverk.utviklingshemming@baerum.kommune.example",
        "municipality": "3201",
        "role": "Kontaktperson for pårørendenettverket (utviklingshemming)",
        "name": "",
        "phone": "+47 012 20 600",
        "availability": "Hverdager kl. 9.00–15.00",
        "is_public": True,
        "is_way_in": False,
        "position": 6,
    },
    {
        "email": "prosjekt.psykiskhelse@baerum.kommune.example",
        "municipality": "3201",
        "role": "Prosjektleder, pårørendestøtte i psykisk helse og rus",
        "name": "",
        "phone": "+47 012 20 700",
        "availability": "Hverdager kl. 9.00–15.00",
        "is_public": True,
        "is_way_in": False,
        "position": 7,
    },
    {
        "email": "baerum@lpp.example",
        "municipality": "3201",
        "role": "LPP Bærum",
        "name": "",
        "phone": "+47 012 20 800",
        "availability": "Tirsdager kl. 10.00–14.00",
        "is_public": True,
        "is_way_in": False,
        "position": 8,
    },
    {
        "email": "treffpunkt.askerbaerum@kreftforeningen.example",
        "municipality": "3201",
        "role": "Kreftforeningen, Treffpunkt Asker og Bærum",
        "name": "",
        "phone": "+47 012 20 900",
        "availability": "Hverdager kl. 9.00–15.00",
        "is_public": True,
        "is_way_in": False,
        "position": 9,
    },
    {
        "email": "spesialradgiver.parorende@baerum.kommune.example",
        "municipality": "3201",
        "role": "Spesialrådgiver for pårørendearbeid (for ansatte)",
        "name": "",
        "phone": "+47 012 20 990",
        "availability": "",
        "is_public": False,
        "is_way_in": False,
        "position": 10,
    },
    # Gjøvik (3407)
    {
        "email": "parorendekoordinator@gjovik.kommune.example",
        "municipality": "3407",
        "role": "Pårørendekoordinator",
        "name": "",
        "phone": "+47 014 40 100",
        "availability": "Hverdager kl. 8.00–15.00",
        "is_public": True,
        "is_way_in": True,
        "position": 0,
    },
    {
        "email": "post@gjovik-demensforening.example",
        "municipality": "3407",
        "role": "Kontaktperson i Gjøvik demensforening",
        "name": "",
        "phone": "+47 014 40 200",
        "availability": "Mandager og torsdager kl. 10.00–13.00",
        "is_public": True,
        "is_way_in": False,
        "position": 1,
    },
    {
        "email": "post@usht-innlandet.example",
        "municipality": "3407",
        "role": "USHT Innlandet, temadager for pårørende",
        "name": "",
        "phone": "+47 014 40 300",
        "availability": "Hverdager kl. 9.00–15.00",
        "is_public": True,
        "is_way_in": False,
        "position": 2,
    },
    {
        "email": "barneansvarlig.sykehjem@gjovik.kommune.example",
        "municipality": "3407",
        "role": "Barneansvarlig i sykehjemstjenesten",
        "name": "",
        "phone": "+47 014 40 400",
        "availability": "Hverdager kl. 8.00–15.00",
        "is_public": True,
        "is_way_in": False,
        "position": 3,
    },
    # Trondheim (5001)
    {
        "email": "laerings.og.mestringsenheten@trondheim.kommune.example",
        "municipality": "5001",
        "role": "Lærings- og mestringsenheten",
        "name": "",
        "phone": "+47 013 30 100",
        "availability": "Hverdager kl. 8.00–15.30",
        "is_public": True,
        "is_way_in": True,
        "position": 0,
    },
    {
        "email": "helse.og.velferdskontor@trondheim.kommune.example",
        "municipality": "5001",
        "role": "Helse- og velferdskontoret",
        "name": "",
        "phone": "+47 013 30 200",
        "availability": "Hverdager kl. 8.00–15.00",
        "is_public": True,
        "is_way_in": False,
        "position": 1,
    },
    {
        "email": "parorendeskolen@trondheim.kommune.example",
        "municipality": "5001",
        "role": "Koordinator for pårørendeskolen",
        "name": "",
        "phone": "+47 013 30 300",
        "availability": "Tirsdager og torsdager kl. 9.00–14.00",
        "is_public": True,
        "is_way_in": False,
        "position": 2,
    },
    {
        "email": "hjemmetjenesten@trondheim.kommune.example",
        "municipality": "5001",
        "role": "Hjemmetjenesten, kontakt for pårørende",
        "name": "",
        "phone": "+47 013 30 400",
        "availability": "Hverdager kl. 8.00–15.00",
        "is_public": True,
        "is_way_in": False,
        "position": 3,
    },
    # Nasjonale og regionale
    {
        "email": "samtaletelefonen@nasjonalforeningen.example",
        "municipality": None,
        "role": "Samtaletelefonen for pårørende, Demensforeningen",
        "name": "",
        "phone": "+47 015 50 100",
        "availability": "Hverdager kl. 9.00–15.00",
        "is_public": True,
        "is_way_in": False,
        "position": 0,
    },
    {
        "email": "radgivning@kreftforeningen.example",
        "municipality": None,
        "role": "Kreftforeningens rådgivningstjeneste",
        "name": "",
        "phone": "+47 015 50 200",
        "availability": "Telefon hverdager kl. 9.00–15.00, chat mandag–torsdag kl. 9.00–20.00",
        "is_public": True,
        "is_way_in": False,
        "position": 1,
    },
    {
        "email": "likeperson@lpp.example",
        "municipality": None,
        "role": "LPP, likepersoner for pårørende",
        "name": "",
        "phone": "+47 015 50 300",
        "availability": "Hverdager kl. 10.00–14.00",
        "is_public": True,
        "is_way_in": False,
        "position": 2,
    },
]

CARER_PAGES: dict[str, str] = {
    "3203": "https://www.asker.kommune.example/parorende",  # Asker
    "3201": "https://www.baerum.kommune.example/parorende",  # Bærum
    "3407": "https://www.gjovik.kommune.example/parorende",  # Gjøvik
    "5001": "https://www.trondheim.kommune.example/parorende",  # Trondheim
}

OFFERS: list[dict] = [
    {
        "slug": "parorendeskole-demens-asker",
        "title": "Pårørendeskole for pårørende til personer med demens",
        "summary": (
            "Seks kvelder der du lærer om demens, om rettighetene dine og om hvordan du kan "
            "ta vare på deg selv, sammen med andre i samme situasjon."
        ),
        "description": (
            "Pårørendeskolen er for deg som har en ektefelle, forelder eller annen nær person "
            "med demens. Demensteamet holder kurset sammen med Demensforeningen.\n\n"
            "Hver kveld har et tema: hva demens er, hvordan sykdommen endrer hverdagen, god "
            "kommunikasjon, rettigheter og tjenester i kommunen, og hvordan du kan ta vare "
            "på deg selv. Det er tid til spørsmål og til å snakke med de andre deltakerne.\n\n"
            "Mange sier at det beste med kurset er å møte andre som forstår hvordan de har det."
        ),
        "offer_type": "parorendeskole",
        "provider": "asker-kommune-demensteamet",
        "partners": ["nasjonalforeningen-demensforeningen"],
        "owner": "3203",
        "municipalities": ["3203"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["demens"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "group",
        "schedule": "6 kvelder, tirsdager kl. 18.00–20.30, oppstart i februar og september",
        "place": "Asker kulturhus, Strandveien 4, 1383 Asker",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": "Meld deg på til demensteamet på telefon eller e-post.",
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["demensteamet@asker.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 21,
    },
    # Asker (3203)
    {
        "slug": "fleksibel-avlastning-asker",
        "title": "Fleksibel avlastning for pårørende",
        "summary": (
            "Trenger du en pause fra omsorgen? Vi prøver ut avlastning som tilpasses deg, for "
            "eksempel noen timer på kveldstid eller i helgen."
        ),
        "description": (
            "Mange pårørende trenger en pause, men ikke alltid på faste dager eller som et "
            "opphold på institusjon. Derfor prøver Asker kommune ut fleksibel avlastning. "
            "Sammen med deg finner vi ut hva som gir deg mest ro: noen timer med hjelp hjemme "
            "hos den du passer på, en dag på dagsenter, eller et kort opphold.\n\n"
            "Tilbudet er et prøveprosjekt. Vi spør deg hva som fungerer og hva som mangler, og "
            "bruker svarene til å gjøre avlastningen bedre.\n\n"
            "Avlastning er en tjeneste fra kommunen, og du søker gjennom Brukertorget. Er du "
            "usikker på om dette er noe for deg, kan du ringe pårørendekoordinatoren først. "
            "Avlastning er gratis for deg som pårørende."
        ),
        "offer_type": "avlastning",
        "provider": "asker-kommune",
        "partners": [],
        "owner": "3203",
        "municipalities": ["3203"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "service",
        "schedule": "Etter avtale og tilpasset behovet ditt, også på kveldstid og i helger",
        "place": "",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": (
            "Søk om avlastning hos Brukertorget. Pårørendekoordinatoren hjelper deg gjerne med "
            "søknaden."
        ),
        "signup_url": "https://www.asker.kommune.example/soknad/avlastning",
        "more_info_url": "https://www.asker.kommune.example/parorende/avlastning",
        "contacts": [
            "brukertorget@asker.kommune.example",
            "parorendekoordinator@asker.kommune.example",
        ],
        "status": "pilot",
        "is_published": True,
        "confirmed_days_ago": 45,
    },
    {
        "slug": "hverdagsrehabilitering-opplaering-parorende-asker",
        "title": "Opplæring for pårørende i hverdagsrehabilitering",
        "summary": (
            "Når en du er glad i trener seg opp igjen hjemme etter sykdom eller et fall, kan "
            "du få opplæring i hvordan du best kan støtte og heie."
        ),
        "description": (
            "Hverdagsrehabilitering er trening i det daglige, hjemme hos den som trenger det, "
            "for å klare mer selv igjen. Det er den som trener som bestemmer målet: å dusje "
            "selv, lage middag eller gå til postkassen.\n\n"
            "Som pårørende er du ofte en viktig motivator. Hverdagsrehabiliteringsteamet viser "
            "deg hvordan treningen foregår, hva du kan gjøre, og hva du heller bør la den som "
            "trener gjøre selv. Slik drar dere i samme retning, og du slipper å gjette.\n\n"
            "Opplæringen skjer hjemme, sammen med den du er pårørende til, når "
            "hverdagsrehabiliteringen starter. Si fra til teamet eller hjemmetjenesten om du "
            "vil være med."
        ),
        "offer_type": "veiledning-og-samtaler",
        "provider": "asker-kommune",
        "partners": [],
        "owner": "3203",
        "municipalities": ["3203"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (18, None),
        "patient_age": (18, None),
        "format": "individual",
        "schedule": (
            "Når hverdagsrehabiliteringen starter: 1–3 besøk i løpet av de første 4–6 ukene"
        ),
        "place": "Hjemme hos den som trener",
        "is_free": True,
        "price": "",
        "registration_required": False,
        "registration_info": "Si fra til hverdagsrehabiliteringsteamet at du ønsker å være med.",
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["hverdagsrehabilitering@asker.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 430,
    },
    {
        "slug": "parorendekafe-asker",
        "title": "Pårørendekafé",
        "summary": (
            "Et uformelt treffsted for alle pårørende i Asker. Ta en kopp kaffe, møt andre i "
            "samme situasjon og still spørsmål til pårørendekoordinatoren."
        ),
        "description": (
            "På pårørendekafeen møter du andre som også hjelper en de er glade i. Det kan være "
            "godt å snakke med folk som forstår uten at du må forklare så mye. Andre ganger er "
            "det nok å sitte og lytte.\n\n"
            "Pårørendekoordinatoren er alltid til stede og svarer gjerne på spørsmål om "
            "tjenester, søknader og avlastning. Av og til kommer en gjest og forteller kort om "
            "et tema.\n\n"
            "Kafeen er åpen for alle pårørende, uansett hvem du hjelper og hvilken sykdom "
            "eller utfordring det gjelder. Du trenger ikke å melde deg på, og det er gratis. "
            "Vi byr på kaffe og noe å bite i."
        ),
        "offer_type": "likeperson-og-nettverk",
        "provider": "asker-kommune",
        "partners": [],
        "owner": "3203",
        "municipalities": ["3203"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "drop_in",
        "schedule": "Siste torsdag i måneden kl. 17.00–19.00, ikke i juli",
        "place": "Asker bibliotek, møterommet i 2. etasje, Stasjonsgata 4, 1383 Asker",
        "is_free": True,
        "price": "",
        "registration_required": False,
        "registration_info": "Bare møt opp.",
        "signup_url": "",
        "more_info_url": "https://www.asker.kommune.example/parorende/parorendekafe",
        "contacts": ["parorendekoordinator@asker.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 12,
    },
    {
        "slug": "parorendekoordinator-asker",
        "title": "Pårørendekoordinator – den enkle veien inn",
        "summary": (
            "Vet du ikke hvor du skal begynne? Ring eller send e-post til "
            "pårørendekoordinatoren. Du får hjelp til å finne frem, eller bare noen å snakke "
            "med."
        ),
        "description": (
            "Pårørendekoordinatoren er den enkle veien inn til kommunen for deg som er "
            "pårørende. Du kan ta kontakt direkte på telefon eller e-post, uten henvisning og "
            "uten å søke.\n\n"
            "Ta kontakt hvis du vil snakke om rollen din som pårørende, eller hvis det har "
            "blitt for mye. Noen ønsker hjelp til å komme i kontakt med andre pårørende. Andre "
            "lurer på hvordan de søker om tjenester eller avlastning, eller finner ikke frem "
            "på kommunens nettsider. Det er også helt greit å ringe bare fordi du trenger noen "
            "å prate med.\n\n"
            "Koordinatoren kjenner tilbudene i kommunen, på sykehuset og i frivillige "
            "organisasjoner, og hjelper deg videre til riktig sted. Hvis du ønsker det, kan "
            "dere avtale å møtes."
        ),
        "offer_type": "koordinator-og-radgivning",
        "provider": "asker-kommune",
        "partners": [],
        "owner": "3203",
        "municipalities": ["3203"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (None, None),
        "patient_age": (None, None),
        "format": "phone",
        "schedule": (
            "Hverdager kl. 8.00–15.30. Send gjerne e-post når som helst; du får svar innen to "
            "virkedager."
        ),
        "place": "",
        "is_free": True,
        "price": "",
        "registration_required": False,
        "registration_info": "Ring eller send e-post. Du trenger ikke henvisning.",
        "signup_url": "",
        "more_info_url": "https://www.asker.kommune.example/parorende",
        "contacts": ["parorendekoordinator@asker.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 8,
    },
    {
        "slug": "parorendemoter-bo-og-omsorgssentre-asker",
        "title": "Pårørendemøter på bo- og omsorgssentrene",
        "summary": (
            "Har du en av dine nærmeste på et bo- og omsorgssenter? På pårørendemøtet får du "
            "informasjon, kan stille spørsmål og blir kjent med ansatte og andre pårørende."
        ),
        "description": (
            "Alle bo- og omsorgssentrene i Asker inviterer til pårørendemøter. Her forteller "
            "ledelsen og de ansatte om hverdagen på senteret, om endringer som kommer, og om "
            "hvordan dere kan samarbeide best mulig.\n\n"
            "Du kan ta opp det du lurer på, og du møter andre pårørende som har en av sine "
            "nærmeste på samme sted. Mange synes det blir lettere å ta kontakt med de ansatte "
            "senere.\n\n"
            "Møtene planlegges sammen med pårørendekoordinatoren. Hvert senter sender ut "
            "invitasjon, og datoene står på senterets nettside."
        ),
        "offer_type": "kurs-og-temamoter",
        "provider": "asker-kommune",
        "partners": [],
        "owner": "3203",
        "municipalities": ["3203"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "group",
        "schedule": "To ganger i året på hvert senter, vår og høst, kl. 18.00–19.30",
        "place": "På bo- og omsorgssenteret der din nærmeste bor",
        "is_free": True,
        "price": "",
        "registration_required": False,
        "registration_info": "Du får invitasjon fra senteret. Bare møt opp.",
        "signup_url": "",
        "more_info_url": "",
        "contacts": [
            "parorendekoordinator@asker.kommune.example",
            "nettverk.parorendestotte@asker.kommune.example",
        ],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 75,
    },
    {
        "slug": "parorendeoppfolging-psykologtjenesten-asker",
        "title": "Pårørendeoppfølging hos Psykologtjenesten",
        "summary": (
            "Samtaler med psykolog for deg som er pårørende til noen med psykiske "
            "helseutfordringer eller rusproblemer. Du får kunnskap, verktøy og hjelp til å ta "
            "vare på deg selv."
        ),
        "description": (
            "Det kan være tungt og forvirrende å stå nær en som sliter med psykisk helse eller "
            "rus. Hos Psykologtjenesten kan du som pårørende få egne samtaler med en psykolog.\n\n"
            "I samtalene får du vite hvilke rettigheter du og den du er pårørende til har, og "
            "du får konkrete verktøy for å takle vanskelige situasjoner i hverdagen. Mange "
            "synes det er en lettelse å høre at reaksjonene deres er helt vanlige.\n\n"
            "Du trenger ikke henvisning fra lege. Det er vanlig med tre til fem samtaler, og "
            "det er gratis. Den du er pårørende til, trenger ikke å få hjelp fra kommunen for "
            "at du skal få tilbudet."
        ),
        "offer_type": "veiledning-og-samtaler",
        "provider": "asker-kommune-psykologtjenesten",
        "partners": [],
        "owner": "3203",
        "municipalities": ["3203"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["psykisk-helse", "rus"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "individual",
        "schedule": "Etter avtale på dagtid, vanligvis 3–5 samtaler",
        "place": "Asker helsehus, Torvveien 12, 1384 Asker",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": (
            "Ring eller send e-post til Psykologtjenesten for å avtale første samtale. Du "
            "trenger ikke henvisning."
        ),
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["psykologtjenesten@asker.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 60,
    },
    {
        "slug": "parorendesamling-psykisk-helse-og-rus-asker",
        "title": "Pårørendesamling om psykisk helse og rus",
        "summary": (
            "En kveld med foredrag og samtaler for deg som er pårørende til noen med psykiske "
            "helseutfordringer eller rusproblemer. Her kan du også si hva du savner i "
            "kommunens tilbud."
        ),
        "description": (
            "Psykisk helse og rus inviterer pårørende til samling to ganger i året. Kvelden "
            "starter med et kort foredrag om et tema pårørende har ønsket seg, for eksempel "
            "taushetsplikt, hvordan du setter grenser, eller hvordan du tar vare på deg selv.\n\n"
            "Etterpå snakker vi sammen i mindre grupper. Vi vil gjerne høre hvordan du "
            "opplever tilbudet i kommunen i dag, og hva du savner. Det du forteller, brukes "
            "når tjenestene skal bli bedre.\n\n"
            "Samlingen arrangeres sammen med LPP, som har likepersoner til stede. Det er "
            "gratis, og vi serverer mat."
        ),
        "offer_type": "kurs-og-temamoter",
        "provider": "asker-kommune-psykisk-helse-og-rus",
        "partners": ["lpp"],
        "owner": "3203",
        "municipalities": ["3203"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["psykisk-helse", "rus"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "group",
        "schedule": "To ganger i året, vår og høst, kl. 17.30–20.30",
        "place": "Asker helsehus, Torvveien 12, 1384 Asker",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": "Meld deg på senest en uke før, av hensyn til maten.",
        "signup_url": "https://www.asker.kommune.example/parorende/pamelding/parorendesamling",
        "more_info_url": "",
        "contacts": [
            "parorenderadgiver.rus@asker.kommune.example",
            "parorendekoordinator@asker.kommune.example",
        ],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 140,
    },
    {
        "slug": "radgivning-parorende-rus-asker",
        "title": "Rådgivning for pårørende til personer med rusproblemer",
        "summary": (
            "Er du bekymret for noen som drikker for mye eller bruker andre rusmidler? Du kan "
            "få samtaler med en rådgiver, alene eller sammen med andre i familien."
        ),
        "description": (
            "Å være pårørende til en som har rusproblemer kan gi mye uro, skam og sinne. Mange "
            "holder det for seg selv lenge. Hos oss kan du snakke med en rådgiver som har møtt "
            "mange familier i samme situasjon.\n\n"
            "Du kan få råd om hvordan du snakker med den du er bekymret for, hvordan du setter "
            "grenser, og hvor den som bruker rusmidler kan få hjelp. Du kan komme alene eller "
            "sammen med andre i familien.\n\n"
            "Du trenger ikke henvisning, og den du er bekymret for trenger ikke å vite at du "
            "tar kontakt. Rådgivningen er gratis."
        ),
        "offer_type": "koordinator-og-radgivning",
        "provider": "asker-kommune-psykisk-helse-og-rus",
        "partners": [],
        "owner": "3203",
        "municipalities": ["3203"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["rus"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "individual",
        "schedule": "Etter avtale, hverdager kl. 9.00–15.00. Samtale på kveldstid kan avtales.",
        "place": "Asker helsehus, Torvveien 12, 1384 Asker",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": "Ring eller send e-post for å avtale en samtale.",
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["parorenderadgiver.rus@asker.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 95,
    },
    {
        "slug": "samtalegruppe-demens-asker",
        "title": "Samtalegruppe for pårørende til personer med demens",
        "summary": (
            "En fast gruppe som møtes én gang i måneden. Sammen med andre pårørende og en "
            "erfaren gruppeleder kan du dele erfaringer og få støtte."
        ),
        "description": (
            "Når en du er glad i får demens, endrer hverdagen seg. I samtalegruppen møter du "
            "andre som står i det samme. Dere deler erfaringer, tanker og gode råd, og støtter "
            "hverandre.\n\n"
            "Gruppen er fast, slik at dere blir kjent og kan snakke trygt. En gruppeleder "
            "leder samtalene og passer på at alle blir hørt. Det som blir sagt i gruppen, blir "
            "i gruppen.\n\n"
            "Samtalegruppen er et samarbeid mellom demensteamet i Asker kommune og "
            "Demensforeningen. Det er plass til 8–10 deltakere, og nye kan begynne når det "
            "blir en ledig plass. Det er gratis å være med."
        ),
        "offer_type": "samtalegruppe",
        "provider": "asker-kommune-demensteamet",
        "partners": ["nasjonalforeningen-demensforeningen"],
        "owner": "3203",
        "municipalities": ["3203"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["demens"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "group",
        "schedule": "Én gang i måneden, andre onsdag kl. 18.00–20.00",
        "place": "Asker helsehus, Torvveien 12, 1384 Asker",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": (
            "Ta kontakt med gruppelederen eller demensteamet. Vi tar en prat først, slik at du "
            "vet hva du blir med på."
        ),
        "signup_url": "",
        "more_info_url": "",
        "contacts": [
            "samtalegruppe.demens@asker.kommune.example",
            "demensteamet@asker.kommune.example",
        ],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 30,
    },
    {
        "slug": "samtaler-demensteamet-asker",
        "title": "Samtaler med demensteamet",
        "summary": (
            "Som pårørende til en person med demens kan du få samtaler med demensteamet. Du "
            "får kunnskap om sykdommen, råd i hverdagen og hjelp til å finne frem i "
            "tjenestene."
        ),
        "description": (
            "I demensteamet jobber fagfolk som kan mye om demens. De kan komme hjem til dere, "
            "eller du kan møte dem på kontoret.\n\n"
            "I samtalene får du vite mer om sykdommen og hva som kan komme. Du får råd om "
            "hvordan du møter endringene i hverdagen, hvordan du får hjelp fra kommunen, og "
            "hvordan du kan ta vare på deg selv.\n\n"
            "Du kan få samtaler alene, eller sammen med den som har demens. Det er gratis, og "
            "du trenger ikke henvisning."
        ),
        "offer_type": "veiledning-og-samtaler",
        "provider": "asker-kommune-demensteamet",
        "partners": [],
        "owner": "3203",
        "municipalities": ["3203"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["demens"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "individual",
        "schedule": "Etter avtale, hverdager på dagtid",
        "place": (
            "Hjemme hos dere, eller hos demensteamet på Asker helsehus, Torvveien 12, 1384 Asker"
        ),
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": "Ring demensteamet for å avtale en samtale.",
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["demensteamet@asker.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 15,
    },
    {
        "slug": "temakvelder-parorende-asker",
        "title": "Temakvelder for pårørende",
        "summary": (
            "Kvelder med et kort foredrag og tid til spørsmål, om temaer pårørende har ønsket "
            "seg: rettigheter, søknader, å stå i det over tid og å ta vare på seg selv."
        ),
        "description": (
            "Pårørendekoordinatoren inviterer til temakvelder for alle pårørende i Asker. Hver "
            "kveld har et eget tema, og en fagperson eller en pårørende med egen erfaring "
            "holder et kort innlegg.\n\n"
            "Eksempler på temaer er rettighetene dine som pårørende, hvordan du søker om "
            "tjenester og avlastning, taushetsplikt, og hvordan du kan ta vare på din egen "
            "helse. Programmet for hvert halvår står på kommunens side for pårørende.\n\n"
            "Det er god tid til spørsmål og en prat i pausen. Temakveldene er gratis og åpne "
            "for alle, uansett hvem du er pårørende til."
        ),
        "offer_type": "kurs-og-temamoter",
        "provider": "asker-kommune",
        "partners": [],
        "owner": "3203",
        "municipalities": ["3203"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "group",
        "schedule": "Fire kvelder hvert halvår, tirsdager kl. 18.00–20.00",
        "place": "Asker bibliotek, møterommet i 2. etasje, Stasjonsgata 4, 1383 Asker",
        "is_free": True,
        "price": "",
        "registration_required": False,
        "registration_info": (
            "Bare møt opp. Vil du ha en påminnelse, send en e-post til pårørendekoordinatoren."
        ),
        "signup_url": "",
        "more_info_url": "https://www.asker.kommune.example/parorende/temakvelder",
        "contacts": ["parorendekoordinator@asker.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 20,
    },
    # Bærum (3201)
    {
        "slug": "avlastning-psykisk-helse-og-rus-baerum",
        "title": "Avlastning for pårørende til personer med psykisk sykdom eller rusavhengighet",
        "summary": (
            "Et nytt avlastningstilbud som Bærum kommune utvikler sammen med LPP Bærum og "
            "pårørende selv. Fortell oss hva som ville gitt deg en pause."
        ),
        "description": (
            "Det finnes lite avlastning for deg som er pårørende til en med psykisk sykdom "
            "eller rusavhengighet. Derfor prøver Bærum kommune ut nye former for avlastning, "
            "sammen med LPP Bærum.\n\n"
            "Vi spør pårørende selv hva de trenger, før vi bestemmer hvordan tilbudet skal se "
            "ut. Det kan for eksempel være noen dager fri for deg, eller at den du er "
            "pårørende til får et tilbud som gir dere begge pusterom.\n\n"
            "Tilbudet er et prøveprosjekt og blir evaluert underveis. Vil du være med, eller "
            "har du ideer, ta kontakt med prosjektlederen. Avlastningen er gratis."
        ),
        "offer_type": "avlastning",
        "provider": "baerum-kommune",
        "partners": ["lpp-baerum"],
        "owner": "3201",
        "municipalities": ["3201"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["psykisk-helse", "rus"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "service",
        "schedule": "Etter avtale. Sammen finner vi ut hva som passer for deg.",
        "place": "",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": "Ta kontakt med prosjektlederen for en samtale om hva du trenger.",
        "signup_url": "",
        "more_info_url": "",
        "contacts": [
            "prosjekt.psykiskhelse@baerum.kommune.example",
            "baerum@lpp.example",
            "spesialradgiver.parorende@baerum.kommune.example",
        ],
        "status": "pilot",
        "is_published": True,
        "confirmed_days_ago": 60,
    },
    {
        "slug": "du-er-ikke-den-eneste-baerum-asker",
        "title": "Du er ikke den eneste – gruppe for barn og unge",
        "summary": (
            "Har du en mamma eller pappa som sliter med psykiske problemer eller rus? I denne "
            "gruppen møter du andre barn og unge som vet hvordan det er."
        ),
        "description": (
            "«Du er ikke den eneste» er en gruppe for barn og unge som har en forelder med "
            "psykiske problemer eller rusproblemer. Mange tror de er alene om å ha det sånn "
            "hjemme. I gruppen møter du andre på din alder som kjenner seg igjen.\n\n"
            "Dere lærer om psykisk sykdom og rus, snakker om hvordan det er å leve med det, og "
            "finner ut hva som kan hjelpe. Det er ikke din skyld at mamma eller pappa har det "
            "vondt, og det er lov å ha det fint selv om noen hjemme sliter.\n\n"
            "Gruppene er delt etter alder og ledes av voksne som jobber med barn og familier i "
            "Bærum kommune og i Vestre Viken HF. Foreldrene får et eget møte før gruppen "
            "starter.\n\n"
            "Tilbudet er gratis og er for barn og unge i Bærum og Asker."
        ),
        "offer_type": "barn-som-parorende",
        "provider": "baerum-kommune-helsetjenester-barn-og-unge",
        "partners": ["vestre-viken-hf", "asker-kommune"],
        "owner": "3201",
        "municipalities": ["3201", "3203"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["psykisk-helse", "rus"],
        "diagnosis_independent": False,
        "carer_age": (8, 17),
        "patient_age": (None, None),
        "format": "group",
        "schedule": (
            "10 ettermiddager à 1,5 time, én gang i uken. Nye grupper starter i januar og "
            "september."
        ),
        "place": "Helsetjenester barn og unge, Kirkeveien 21, 1344 Haslum",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": (
            "Ta kontakt selv, eller få hjelp av en voksen du stoler på. Vi snakker med deg og "
            "foreldrene dine før gruppen starter."
        ),
        "signup_url": "",
        "more_info_url": "",
        "contacts": [
            "duerikkedeneneste@baerum.kommune.example",
            "helsetjenester.barnogunge@baerum.kommune.example",
        ],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 25,
    },
    {
        "slug": "kurs-parorende-psykisk-helse-og-rus-baerum",
        "title": "Kurs for pårørende til personer med psykisk sykdom eller rusavhengighet",
        "summary": (
            "Et kurs der du lærer om psykisk sykdom og rus, om rettighetene dine og om hvordan "
            "du kan ta vare på deg selv. Laget sammen med LPP Bærum."
        ),
        "description": (
            "Kurset er for deg som er pårørende til en voksen med psykisk sykdom eller "
            "rusavhengighet. Du får kunnskap om sykdom og behandling, om taushetsplikt og "
            "rettigheter, og om hvordan du kan stå i en krevende situasjon over tid.\n\n"
            "Kurset er laget sammen med LPP Bærum og pårørende selv. Pårørende med egen "
            "erfaring holder kurset sammen med fagfolk fra kommunen. Du møter andre i samme "
            "situasjon, og mange opplever det som en stor lettelse.\n\n"
            "Kurset er et prøveprosjekt. Til slutt ber vi deg svare på noen spørsmål, slik at "
            "neste kurs blir enda bedre. Det er gratis å delta."
        ),
        "offer_type": "kurs-og-temamoter",
        "provider": "baerum-kommune",
        "partners": ["lpp-baerum"],
        "owner": "3201",
        "municipalities": ["3201"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["psykisk-helse", "rus"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (18, None),
        "format": "group",
        "schedule": (
            "5 kvelder à 2,5 timer, onsdager kl. 18.00–20.30. Oppstart i februar og oktober."
        ),
        "place": "Sandvika helsehus, Løkketangen 8, 1337 Sandvika",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": (
            "Meld deg på via lenken eller hos prosjektlederen. Det er plass til 16 deltakere."
        ),
        "signup_url": (
            "https://www.baerum.kommune.example/parorende/pamelding/kurs-psykisk-helse-rus"
        ),
        "more_info_url": "",
        "contacts": [
            "prosjekt.psykiskhelse@baerum.kommune.example",
            "baerum@lpp.example",
            "spesialradgiver.parorende@baerum.kommune.example",
        ],
        "status": "pilot",
        "is_published": True,
        "confirmed_days_ago": 60,
    },
    {
        "slug": "mestringstreff-parorende-baerum",
        "title": "Mestringstreff for pårørende",
        "summary": (
            "Treff for alle pårørende, uansett hvem du hjelper. Du får påfyll om hvordan du "
            "kan ta vare på deg selv, og møter andre i samme situasjon."
        ),
        "description": (
            "Mestringstreffene hos Bærum helse og friskliv er for deg som hjelper en som er "
            "syk, gammel eller trenger mye hjelp. Det spiller ingen rolle hvilken sykdom det "
            "gjelder.\n\n"
            "På hvert treff tar vi opp et tema, for eksempel stress og søvn, hvordan du sier "
            "fra om egne behov, og små grep som gir mer overskudd i hverdagen. Det er god tid "
            "til å snakke sammen, og du bestemmer selv hvor mye du vil dele.\n\n"
            "Treffene ledes av fagfolk fra Bærum helse og friskliv. Det er gratis, og vi "
            "serverer kaffe og te."
        ),
        "offer_type": "kurs-og-temamoter",
        "provider": "baerum-helse-og-friskliv",
        "partners": [],
        "owner": "3201",
        "municipalities": ["3201"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "group",
        "schedule": (
            "4 treff à 2 timer, torsdager kl. 12.00–14.00. Nye grupper starter i januar og august."
        ),
        "place": "Bærum helse og friskliv, Brambanigata 6, 1338 Sandvika",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": "Meld deg på hos Bærum helse og friskliv på telefon eller e-post.",
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["helseogfriskliv@baerum.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 55,
    },
    {
        "slug": "nettverk-parorende-utviklingshemming-baerum",
        "title": "Nettverk for pårørende til barn og unge voksne med utviklingshemming",
        "summary": (
            "Møteplasser og temakvelder for foreldre og andre pårørende til personer med "
            "utviklingshemming fra 0 til 30 år. Et nytt tilbud vi bygger sammen med dere."
        ),
        "description": (
            "Har du et barn, et søsken eller en ung voksen med utviklingshemming i familien? I "
            "dette nettverket møter du andre pårørende i samme situasjon, for støtte, samtale "
            "og gode tips.\n\n"
            "Vi inviterer til møteplasser der dere kan bli kjent, og til temakvelder med "
            "faglig innhold, for eksempel om overgangen fra skole til voksenliv, om bolig, og "
            "om rettigheter og søknader.\n\n"
            "Nettverket er nytt og blir prøvd ut nå. Pårørende er med og bestemmer hvilke "
            "temaer vi tar opp og hvor ofte vi møtes. Det er gratis å være med."
        ),
        "offer_type": "likeperson-og-nettverk",
        "provider": "baerum-kommune",
        "partners": [],
        "owner": "3201",
        "municipalities": ["3201"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["utviklingshemming"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (0, 30),
        "format": "group",
        "schedule": "Møteplass annenhver måned og to temakvelder hvert halvår, kl. 18.00–20.00",
        "place": "Sandvika helsehus, Løkketangen 8, 1337 Sandvika",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": "Send e-post eller ring, så får du invitasjon til møtene.",
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["nettverk.utviklingshemming@baerum.kommune.example"],
        "status": "pilot",
        "is_published": True,
        "confirmed_days_ago": 110,
    },
    {
        "slug": "parorendeskole-demens-baerum",
        "title": "Pårørendeskole for pårørende til personer med demens",
        "summary": (
            "Et kurs over seks kvelder om demens, om hvordan du kan møte endringene og om "
            "hjelpen du kan få. Du møter også andre pårørende i samme situasjon."
        ),
        "description": (
            "Pårørendeskolen er for deg som er pårørende til en person med demens. Du lærer om "
            "sykdommen, om hvordan den påvirker hverdagen, og om hvordan du kan snakke godt "
            "sammen med den som er syk.\n\n"
            "Fagfolk fra kommunen og sykehuset holder korte foredrag. Etter hvert foredrag "
            "snakker dere sammen i små grupper med en gruppeleder. Mange sier at det viktigste "
            "var å møte andre som forstår.\n\n"
            "Etter kurset vet du mer om hva som kan komme, og hvor du kan henvende deg i "
            "kommunen for råd og hjelp. Kurset er gratis, og vi serverer en enkel matbit."
        ),
        "offer_type": "parorendeskole",
        "provider": "baerum-kommune",
        "partners": [],
        "owner": "3201",
        "municipalities": ["3201"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["demens"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "group",
        "schedule": (
            "6 kvelder à 3 timer, annenhver tirsdag kl. 17.30–20.30. Oppstart i februar og "
            "september."
        ),
        "place": "Sandvika helsehus, Løkketangen 8, 1337 Sandvika",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": (
            "Meld deg på hos demenskoordinatoren. Det er et begrenset antall plasser."
        ),
        "signup_url": (
            "https://www.baerum.kommune.example/parorende/pamelding/parorendeskole-demens"
        ),
        "more_info_url": "",
        "contacts": ["demenskoordinator@baerum.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 40,
    },
    {
        "slug": "parorendeskole-helg-yngre-personer-med-demens-baerum",
        "title": "Pårørendeskole over en helg for familier til yngre personer med demens",
        "summary": (
            "En helg for hele familien når en i familien under 65 år har fått demens. Den som "
            "er syk har sitt eget program, og barn og unge under 18 år får et eget opplegg."
        ),
        "description": (
            "Når en person under 65 år får demens, påvirker det hele familien, ofte midt i "
            "arbeidslivet og med barn i huset. Denne helgen er laget for dere.\n\n"
            "Hele familien er med. De voksne pårørende får undervisning om demens hos yngre og "
            "snakker med andre familier i samme situasjon. Den som har demens får sitt eget "
            "program, med undervisning og samtale med en psykiater. Alle som vil, kan bli med "
            "på turer ute.\n\n"
            "Barn og unge under 18 år har et eget opplegg med undervisning og samtaler "
            "tilpasset alderen, sammen med voksne som er vant til å snakke med barn om sykdom.\n\n"
            "Dere bor på kursstedet fra fredag til søndag, og alle måltider er med."
        ),
        "offer_type": "parorendeskole",
        "provider": "baerum-kommune",
        "partners": [],
        "owner": "3201",
        "municipalities": ["3201"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["demens"],
        "diagnosis_independent": False,
        "carer_age": (None, None),
        "patient_age": (None, 64),
        "format": "residential",
        "schedule": "Én helg hver høst, fra fredag kl. 16.00 til søndag kl. 14.00",
        "place": "Lommedalen kursgård, Lommedalsveien 250, 1350 Lommedalen",
        "is_free": False,
        "price": (
            "600 kr per voksen for hele helgen, med overnatting og alle måltider. Gratis for "
            "barn under 18 år."
        ),
        "registration_required": True,
        "registration_info": "Meld dere på hos demenskoordinatoren innen 1. september.",
        "signup_url": (
            "https://www.baerum.kommune.example/parorende/pamelding/helg-yngre-med-demens"
        ),
        "more_info_url": "",
        "contacts": ["demenskoordinator@baerum.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 150,
    },
    {
        "slug": "stottesamtaler-barn-og-familier-baerum",
        "title": "Støttesamtaler for barn og familier",
        "summary": (
            "Når mamma eller pappa sliter med psykisk helse eller rus, kan barn og familien få "
            "samtaler hos Helsetjenester barn og unge, alene eller sammen."
        ),
        "description": (
            "Noen barn og familier trenger mer enn en gruppe, eller vil heller snakke med noen "
            "alene. Helsetjenester barn og unge har støttesamtaler for barn og familier der en "
            "forelder sliter med psykiske problemer eller rus.\n\n"
            "Samtalene kan være med barnet alene, med foreldrene, eller med hele familien. "
            "Målet er at barnet skal forstå mer av det som skjer og ha noen å snakke med, og "
            "at familien finner måter å snakke om det på hjemme.\n\n"
            "Samtalene kan komme i tillegg til gruppen «Du er ikke den eneste», eller i stedet "
            "for den. Det er gratis, og du trenger ikke henvisning."
        ),
        "offer_type": "barn-som-parorende",
        "provider": "baerum-kommune-helsetjenester-barn-og-unge",
        "partners": [],
        "owner": "3201",
        "municipalities": ["3201"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["psykisk-helse", "rus"],
        "diagnosis_independent": False,
        "carer_age": (None, 17),
        "patient_age": (None, None),
        "format": "individual",
        "schedule": "Etter avtale, på dagtid og tidlig ettermiddag",
        "place": "Helsetjenester barn og unge, Kirkeveien 21, 1344 Haslum",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": (
            "Barn, unge og foreldre kan ta kontakt selv. Helsesykepleieren på skolen kan også "
            "hjelpe deg med å ta kontakt."
        ),
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["helsetjenester.barnogunge@baerum.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 90,
    },
    {
        "slug": "temakafe-asker-baerum",
        "title": "Temakafé i Asker og Bærum",
        "summary": (
            "Et møtested for kreftpasienter, pårørende og etterlatte i Asker og Bærum. "
            "Gratis, uten påmelding, to ganger i måneden."
        ),
        "description": (
            "Temakafeen startet som et møtested for mennesker berørt av kreft, og er åpen for "
            "alle pårørende og etterlatte, uansett hvilken sykdom den du står nær har. Her "
            "møtes likesinnede og fagfolk. Du kan komme alene eller sammen med noen.\n\n"
            "Hver gang er det et tema, for eksempel mestring, humor, kultur, den gode "
            "samtalen, eller et faglig tema som mat eller søvn. Etterpå er det tid til å prate "
            "over en kopp kaffe.\n\n"
            "Du trenger ikke å melde deg på, og det koster ingenting. Kom når du kan, og gå "
            "når du vil."
        ),
        "offer_type": "kurs-og-temamoter",
        "provider": "baerum-kommune",
        "partners": ["asker-kommune", "kreftforeningen"],
        "owner": "3201",
        "municipalities": ["3201", "3203"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "drop_in",
        "schedule": "2 ganger i måneden, første og tredje onsdag kl. 17.00–19.00",
        "place": "Møtestedet, Rådhustorget 2, 1337 Sandvika",
        "is_free": True,
        "price": "",
        "registration_required": False,
        "registration_info": "Bare møt opp.",
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["kreftkoordinator@baerum.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 35,
    },
    {
        "slug": "treffpunkt-barn-og-unge-asker-baerum",
        "title": "Treffpunkt for barn og unge som pårørende",
        "summary": (
            "For barn og unge i Asker og Bærum som har en nær person med alvorlig sykdom, "
            "eller som har mistet noen. Et sted å møte andre som forstår."
        ),
        "description": (
            "Treffpunkt er for barn og unge som har en mamma, pappa, søsken eller en annen nær "
            "person med kreft eller en annen alvorlig sykdom. Det er også for deg som har "
            "mistet noen som sto deg nær.\n\n"
            "På Treffpunkt møter du andre på din alder som har opplevd noe av det samme. Dere "
            "gjør ting sammen, prater når dere vil, og får svar på spørsmål fra voksne som kan "
            "mye om sykdom og sorg. Ingen må si noe de ikke vil.\n\n"
            "Treffpunkt drives av Kreftforeningen. Det er gratis, og det er alltid noe godt å "
            "spise."
        ),
        "offer_type": "barn-som-parorende",
        "provider": "kreftforeningen",
        "partners": ["baerum-kommune", "asker-kommune"],
        "owner": "3201",
        "municipalities": ["3201", "3203"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["kreft", "alvorlig-somatisk-sykdom"],
        "diagnosis_independent": False,
        "carer_age": (6, 17),
        "patient_age": (None, None),
        "format": "group",
        "schedule": "Annenhver mandag kl. 17.00–19.00, med egne grupper for 6–12 år og 13–17 år",
        "place": "Sandvika helsehus, Løkketangen 8, 1337 Sandvika",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": (
            "Ta kontakt før første gang, så tar vi en prat med deg og en voksen i familien."
        ),
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["treffpunkt.askerbaerum@kreftforeningen.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 70,
    },
    {
        "slug": "veiledningssamtaler-kreft-baerum",
        "title": "Veiledningssamtaler for kreftpasienter og pårørende",
        "summary": (
            "Har du kreft, eller er du pårørende til en som har kreft? Kreftkoordinatoren har "
            "samtaler på telefon eller i et møte."
        ),
        "description": (
            "Kreftkoordinatoren hjelper både deg som har kreft og deg som er pårørende. Du kan "
            "ringe når du har spørsmål, eller avtale en samtale der dere møtes.\n\n"
            "I samtalene kan dere snakke om det som opptar deg: bekymringer, praktiske ting i "
            "hverdagen, hvordan du forteller det til barna, eller hvilken hjelp kommunen kan "
            "gi. Du kan komme alene eller sammen med den som er syk.\n\n"
            "Kreftkoordinatoren samarbeider med sykehuset, fastlegen og hjemmetjenesten, og "
            "hjelper deg med å finne frem. Samtalene er gratis."
        ),
        "offer_type": "veiledning-og-samtaler",
        "provider": "baerum-kommune",
        "partners": [],
        "owner": "3201",
        "municipalities": ["3201"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["kreft"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "phone",
        "schedule": "Telefon hverdager kl. 8.00–15.30. Samtaler i møte etter avtale.",
        "place": "Samtaler i møte: Sandvika helsehus, Løkketangen 8, 1337 Sandvika",
        "is_free": True,
        "price": "",
        "registration_required": False,
        "registration_info": "Ring kreftkoordinatoren direkte. Du trenger ikke henvisning.",
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["kreftkoordinator@baerum.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 210,
    },
    {
        "slug": "veiledningssamtaler-demens-baerum",
        "title": "Veiledningssamtaler for pårørende til personer med demens",
        "summary": (
            "Samtaler med demenskoordinatoren, på telefon eller i et møte. Du kan komme alene "
            "eller sammen med den som har demens."
        ),
        "description": (
            "Som pårørende til en person med demens får du mange nye spørsmål og oppgaver. I "
            "en veiledningssamtale kan du snakke om det som er vanskelig akkurat nå, og få råd "
            "som passer for dere.\n\n"
            "Du velger selv om samtalen skal være på telefon eller i et møte, og om du vil "
            "komme alene eller sammen med den som er syk. Mange pårørende forteller at det er "
            "godt å bli sett og hørt.\n\n"
            "Demenskoordinatoren kjenner tjenestene i kommunen og hjelper deg videre ved "
            "behov, for eksempel med å søke om dagaktivitet eller avlastning. Samtalene er "
            "gratis."
        ),
        "offer_type": "veiledning-og-samtaler",
        "provider": "baerum-kommune",
        "partners": [],
        "owner": "3201",
        "municipalities": ["3201"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["demens"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "individual",
        "schedule": "Etter avtale, hverdager kl. 8.00–15.30",
        "place": (
            "På telefon, hjemme hos dere eller på Sandvika helsehus, Løkketangen 8, 1337 Sandvika"
        ),
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": (
            "Ring eller send e-post til demenskoordinatoren for å avtale en samtale."
        ),
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["demenskoordinator@baerum.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 45,
    },
    # Gjøvik (3407)
    {
        "slug": "parorendekafe-gjovik",
        "title": "Pårørendekafé på Gjøvik",
        "summary": (
            "Et planlagt treffsted for alle pårørende i Gjøvik, med kaffe, et kort innlegg om "
            "et tema og tid til å møte andre."
        ),
        "description": (
            "Gjøvik kommune planlegger en pårørendekafé sammen med Gjøvik demensforening. "
            "Kafeen skal være åpen for alle pårørende, uansett hvem du hjelper.\n\n"
            "Hver gang blir det kaffe, et kort innlegg om et tema og god tid til å snakke "
            "sammen. Pårørendekoordinatoren er til stede og svarer på spørsmål.\n\n"
            "Sted og tidspunkt er ikke bestemt ennå."
        ),
        "offer_type": "likeperson-og-nettverk",
        "provider": "gjovik-kommune",
        "partners": ["gjovik-demensforening"],
        "owner": "3407",
        "municipalities": ["3407"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "drop_in",
        "schedule": "Planlagt én gang i måneden. Dag og klokkeslett er ikke bestemt ennå.",
        "place": "",
        "is_free": True,
        "price": "",
        "registration_required": False,
        "registration_info": "Bare møt opp.",
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["parorendekoordinator@gjovik.kommune.example"],
        "status": "pilot",
        "is_published": False,
        "confirmed_days_ago": None,
    },
    {
        "slug": "parorendeprogram-temamoter-gjovik",
        "title": "Pårørendeprogram med temamøter",
        "summary": (
            "Temamøter for deg som har en av dine nærmeste på sykehjem eller med "
            "hjemmetjenester i Gjøvik. Du får kunnskap, blir kjent med tjenestene og møter "
            "andre pårørende."
        ),
        "description": (
            "Pårørendeprogrammet er en serie temamøter for pårørende til personer som bor på "
            "sykehjem eller får hjemmetjenester i Gjøvik. Programmet bygger på det pårørende "
            "selv har sagt at de trenger: informasjon, trygghet og god kontakt med tjenestene.\n\n"
            "På møtene får du vite hvordan tjenestene er organisert, hvem du kan kontakte, og "
            "hva du kan forvente. Vi tar også opp temaer som demens, samtaler om livets siste "
            "tid, og hvordan du kan ta vare på deg selv. Ansatte er med, slik at dere blir "
            "kjent.\n\n"
            "Programmet er laget av Gjøvik kommune sammen med Gjøvik demensforening og NTNU "
            "Senter for omsorgsforskning. Det er gratis."
        ),
        "offer_type": "kurs-og-temamoter",
        "provider": "gjovik-kommune",
        "partners": ["gjovik-demensforening", "ntnu-senter-for-omsorgsforskning"],
        "owner": "3407",
        "municipalities": ["3407"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "group",
        "schedule": "4 møter hvert halvår, første mandag i måneden kl. 18.00–20.00",
        "place": "Gjøvik helsehus, møtesalen, Storgata 40, 2815 Gjøvik",
        "is_free": True,
        "price": "",
        "registration_required": False,
        "registration_info": (
            "Bare møt opp. Gi gjerne beskjed om du kommer, av hensyn til serveringen."
        ),
        "signup_url": "",
        "more_info_url": "https://www.gjovik.kommune.example/parorende/parorendeprogram",
        "contacts": ["parorendekoordinator@gjovik.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 130,
    },
    {
        "slug": "samtale-barn-og-unge-parorende-sykehjem-gjovik",
        "title": "Samtale for barn og unge som har en nær person på sykehjem",
        "summary": (
            "Har du en besteforelder, mamma eller pappa på sykehjem? Du kan få en samtale med "
            "en voksen som forklarer hva som skjer og svarer på det du lurer på."
        ),
        "description": (
            "Når en du er glad i flytter på sykehjem, kan mye føles rart og vanskelig. Du "
            "lurer kanskje på hvorfor de er syke, hva som skjer nå, og om det er lov å spørre.\n\n"
            "På hvert sykehjem i Gjøvik er det en barneansvarlig. Hun eller han kan ha en "
            "samtale med deg, gjerne sammen med en voksen i familien. Dere kan også få en "
            "omvisning, slik at besøkene blir lettere.\n\n"
            "Det er gratis, og du bestemmer selv hva du vil snakke om. Foreldre eller andre "
            "voksne kan også ta kontakt for barnet."
        ),
        "offer_type": "barn-som-parorende",
        "provider": "gjovik-kommune",
        "partners": [],
        "owner": "3407",
        "municipalities": ["3407"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (None, 17),
        "patient_age": (None, None),
        "format": "individual",
        "schedule": "Etter avtale, gjerne i forbindelse med et besøk",
        "place": "På sykehjemmet der din nærmeste bor",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": "Spør de ansatte på sykehjemmet, eller ring barneansvarlig.",
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["barneansvarlig.sykehjem@gjovik.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 180,
    },
    {
        "slug": "samtalegruppe-demens-gjovik",
        "title": "Samtalegruppe for pårørende til personer med demens",
        "summary": (
            "Gjøvik demensforening har en samtalegruppe der pårørende møtes og deler "
            "erfaringer. Gruppen ledes av en likeperson som selv har vært pårørende."
        ),
        "description": (
            "I samtalegruppen møter du andre som er pårørende til en person med demens. Dere "
            "snakker om hverdagen, om det som er vanskelig og det som fungerer, og lærer av "
            "hverandre.\n\n"
            "Gruppen ledes av en likeperson fra Gjøvik demensforening, som selv har vært "
            "pårørende. Det er ikke behandling, men et sted der du blir forstått. Det som blir "
            "sagt i gruppen, blir i gruppen.\n\n"
            "Du trenger ikke å være medlem av Demensforeningen for å være med. Det er gratis, "
            "og vi serverer kaffe."
        ),
        "offer_type": "samtalegruppe",
        "provider": "gjovik-demensforening",
        "partners": ["gjovik-kommune"],
        "owner": "3407",
        "municipalities": ["3407"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["demens"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "group",
        "schedule": "Tredje torsdag i måneden kl. 11.00–13.00",
        "place": "Gjøvik frivilligsentral, Jernbanegata 5, 2821 Gjøvik",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": "Ring eller send e-post til Gjøvik demensforening før første gang.",
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["post@gjovik-demensforening.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 520,
    },
    {
        "slug": "temadager-parorende-innlandet",
        "title": "Temadager for pårørende i Innlandet",
        "summary": (
            "Fire temadager i året for pårørende og ansatte i hele Innlandet. Du kan komme til "
            "Gjøvik eller følge dagen digitalt hjemmefra."
        ),
        "description": (
            "USHT Innlandet arrangerer fire temadager i året om pårørende og samarbeid med "
            "pårørende. Dagene er åpne for pårørende og for ansatte i helse- og "
            "omsorgstjenestene i alle kommunene i Innlandet.\n\n"
            "Hver dag har et hovedtema, for eksempel pårørendes rettigheter, barn og unge som "
            "pårørende, demens, eller hvordan pårørende og tjenestene kan samarbeide bedre. "
            "Forskere fra NTNU Senter for omsorgsforskning, ansatte og pårørende med egen "
            "erfaring holder innlegg.\n\n"
            "Du kan møte opp på Gjøvik eller følge dagen digitalt. Det er gratis, men du må "
            "melde deg på."
        ),
        "offer_type": "kurs-og-temamoter",
        "provider": "usht-innlandet",
        "partners": ["ntnu-senter-for-omsorgsforskning"],
        "owner": "3407",
        "municipalities": [],
        "counties": ["34"],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "digital",
        "schedule": "Fire dager i året, i mars, juni, september og desember, kl. 9.00–15.00",
        "place": (
            "Digitalt hjemmefra, eller på Gjøvik helsehus, møtesalen, Storgata 40, 2815 Gjøvik"
        ),
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": (
            "Meld deg på senest en uke før. Du får lenken til sendingen på e-post."
        ),
        "signup_url": "https://www.usht-innlandet.example/temadager/pamelding",
        "more_info_url": "https://www.usht-innlandet.example/temadager",
        "contacts": ["post@usht-innlandet.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 100,
    },
    {
        "slug": "workshop-parorendes-behov-gjovik",
        "title": "Workshop: Hva trenger du som pårørende?",
        "summary": (
            "Workshoper der pårørende fortalte om sine erfaringer og behov. Innspillene er "
            "brukt til å lage pårørendeprogrammet. Tilbudet er avsluttet."
        ),
        "description": (
            "På disse workshopene delte pårørende erfaringer om rollen sin, om kontakten med "
            "tjenestene og om egne behov, i samtale med hverandre og i et kort spørreskjema.\n\n"
            "Workshopene var en del av et utviklingsprosjekt i Gjøvik kommune. Det pårørende "
            "fortalte, er brukt til å lage pårørendeprogrammet med temamøter, som du finner "
            "som et eget tilbud.\n\n"
            "Tilbudet er avsluttet. Vil du gi innspill til kommunen, kan du kontakte "
            "pårørendekoordinatoren."
        ),
        "offer_type": "kurs-og-temamoter",
        "provider": "usht-innlandet",
        "partners": [
            "ntnu-senter-for-omsorgsforskning",
            "gjovik-demensforening",
            "gjovik-kommune",
        ],
        "owner": "3407",
        "municipalities": ["3407"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "group",
        "schedule": "Tre kvelder à 2,5 timer, holdt én gang",
        "place": "Gjøvik helsehus, møtesalen, Storgata 40, 2815 Gjøvik",
        "is_free": True,
        "price": "",
        "registration_required": False,
        "registration_info": "",
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["parorendekoordinator@gjovik.kommune.example"],
        "status": "ended",
        "is_published": True,
        "confirmed_days_ago": 980,
    },
    # Trondheim (5001)
    {
        "slug": "avlastning-parorende-trondheim",
        "title": "Avlastning for pårørende med tung omsorg",
        "summary": (
            "Har du mye ansvar for en som trenger hjelp hver dag? Da kan du søke om "
            "avlastning, slik at du får tid til å hvile og ta vare på deg selv."
        ),
        "description": (
            "Avlastning er en tjeneste for deg som har særlig tyngende omsorgsarbeid. Den du "
            "hjelper kan for eksempel få et kort opphold på et avlastningssted, være på "
            "dagsenter, eller få besøk av noen i noen timer, mens du har fri.\n\n"
            "Hva slags avlastning du får, og hvor mye, avgjøres ut fra behovet ditt. Du søker "
            "hos Helse- og velferdskontoret, som tar kontakt for en samtale om situasjonen "
            "deres.\n\n"
            "Avlastning er gratis for deg som pårørende. Lærings- og mestringsenheten kan "
            "hjelpe deg hvis du er usikker på hva du skal søke om."
        ),
        "offer_type": "avlastning",
        "provider": "trondheim-kommune",
        "partners": [],
        "owner": "5001",
        "municipalities": ["5001"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "service",
        "schedule": (
            "Etter vedtak, for eksempel noen timer i uken, faste helger eller korte opphold"
        ),
        "place": "",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": (
            "Søk hos Helse- og velferdskontoret på telefon, e-post eller med skjemaet på "
            "kommunens nettside."
        ),
        "signup_url": "https://www.trondheim.kommune.example/soknad/avlastning",
        "more_info_url": "",
        "contacts": [
            "helse.og.velferdskontor@trondheim.kommune.example",
            "laerings.og.mestringsenheten@trondheim.kommune.example",
        ],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 160,
    },
    {
        "slug": "parorendesamtale-hjemmetjenesten-trondheim",
        "title": "Fast pårørendesamtale i hjemmetjenesten",
        "summary": (
            "Har du mye ansvar for en som får hjemmetjenester? Du får en fast samtale med "
            "hjemmetjenesten, slik at dere kan planlegge sammen og du ikke sliter deg ut."
        ),
        "description": (
            "Hjemmetjenesten vil ha tettere kontakt med pårørende som har mye ansvar for eldre "
            "og syke. Derfor planlegger vi en fast pårørendesamtale, der du og en fast "
            "kontaktperson fra hjemmetjenesten går gjennom hvordan det går.\n\n"
            "I samtalen snakker dere om hva du gjør i dag, hva som er tungt, og hva "
            "hjemmetjenesten kan gjøre annerledes. Dere avtaler også hvordan dere holder "
            "kontakten framover.\n\n"
            "Tilbudet er under planlegging og er ikke klart ennå."
        ),
        "offer_type": "veiledning-og-samtaler",
        "provider": "trondheim-kommune-hjemmetjenesten",
        "partners": [],
        "owner": "5001",
        "municipalities": ["5001"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "individual",
        "schedule": "Planlagt to ganger i året, og ellers ved behov",
        "place": "Hjemme hos dere eller på telefon",
        "is_free": True,
        "price": "",
        "registration_required": False,
        "registration_info": "Hjemmetjenesten tar kontakt med deg.",
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["hjemmetjenesten@trondheim.kommune.example"],
        "status": "pilot",
        "is_published": False,
        "confirmed_days_ago": None,
    },
    {
        "slug": "kurs-parorende-laerings-og-mestringsenheten-trondheim",
        "title": "Kurs for pårørende ved Lærings- og mestringsenheten",
        "summary": (
            "Korte kurs om å stå i en krevende hverdag som pårørende, om rettighetene dine og "
            "om å ta vare på deg selv. Åpent for alle, uansett diagnose."
        ),
        "description": (
            "Lærings- og mestringsenheten i Trondheim kommune har kurs for deg som er "
            "pårørende, uansett hvem du er pårørende til. Kursene holdes av fagfolk sammen med "
            "pårørende som har egen erfaring.\n\n"
            "På kurset lærer du om hvordan du kan mestre hverdagen, om rettighetene dine, og "
            "om hvor du kan få hjelp i kommunen. Du møter også andre i samme situasjon.\n\n"
            "Lærings- og mestringsenheten er også stedet du kan ringe når du ikke vet hvor du "
            "skal begynne. De hjelper deg videre til riktig tilbud."
        ),
        "offer_type": "kurs-og-temamoter",
        "provider": "trondheim-kommune-laerings-og-mestringsenheten",
        "partners": [],
        "owner": "5001",
        "municipalities": ["5001"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "group",
        "schedule": "Nye kurs vår og høst: 3 kvelder à 2,5 timer, mandager kl. 17.30–20.00",
        "place": "Lærings- og mestringsenheten, Torggata 12, 7013 Trondheim",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": "Meld deg på via lenken, eller ring Lærings- og mestringsenheten.",
        "signup_url": "https://www.trondheim.kommune.example/lms/pamelding",
        "more_info_url": "https://www.trondheim.kommune.example/lms/kurs-for-parorende",
        "contacts": ["laerings.og.mestringsenheten@trondheim.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 25,
    },
    {
        "slug": "parorendeskole-demens-trondheim",
        "title": "Pårørendeskole for pårørende til personer med demens",
        "summary": (
            "Et kurs på 16 timer fordelt over 8 kvelder. Du lærer om demens, får råd om "
            "hverdagen og møter andre pårørende i samme situasjon."
        ),
        "description": (
            "Pårørendeskolen er for deg som er pårørende til en person med demens, enten den "
            "som er syk bor hjemme eller på sykehjem.\n\n"
            "Kurset går over 8 kvelder, 2 timer hver gang. Første del av kvelden er et "
            "foredrag, for eksempel om hva demens er, om kommunikasjon, om juridiske spørsmål, "
            "om hjelp fra kommunen og om å ta vare på seg selv. Etterpå snakker dere sammen i "
            "mindre grupper med en gruppeleder.\n\n"
            "Hjemmetjenesten har hatt pårørendeskolen i mange år, og deltakerne forteller at "
            "de blir tryggere og blir kjent med andre i samme situasjon."
        ),
        "offer_type": "parorendeskole",
        "provider": "trondheim-kommune-hjemmetjenesten",
        "partners": ["trondheim-kommune-laerings-og-mestringsenheten"],
        "owner": "5001",
        "municipalities": ["5001"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["demens"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "group",
        "schedule": (
            "8 kvelder à 2 timer, tirsdager kl. 18.00–20.00. Oppstart i januar og september."
        ),
        "place": "Lærings- og mestringsenheten, Torggata 12, 7013 Trondheim",
        "is_free": False,
        "price": "300 kr for hele kurset, inkludert servering",
        "registration_required": True,
        "registration_info": (
            "Meld deg på hos koordinatoren for pårørendeskolen, senest to uker før oppstart."
        ),
        "signup_url": "https://www.trondheim.kommune.example/parorendeskolen/pamelding",
        "more_info_url": "",
        "contacts": ["parorendeskolen@trondheim.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 10,
    },
    {
        "slug": "samtalegruppe-hjerneslag-trondheim",
        "title": "Samtalegruppe for pårørende etter hjerneslag",
        "summary": (
            "En gruppe for deg som er pårørende til en som har hatt hjerneslag. Gruppen har "
            "pause nå, men du kan melde interesse for neste oppstart."
        ),
        "description": (
            "Et hjerneslag kommer brått og kan forandre livet for hele familien. I "
            "samtalegruppen møter du andre pårørende som har opplevd det samme. Dere kan "
            "snakke om endringene, om sorg, om nye roller og om det som gir håp.\n\n"
            "Gruppen ledes av en sykepleier og en ergoterapeut fra Lærings- og "
            "mestringsenheten, og dere møtes seks ganger.\n\n"
            "Gruppen har pause nå. Meld gjerne interesse, så tar vi kontakt når vi starter "
            "igjen."
        ),
        "offer_type": "samtalegruppe",
        "provider": "trondheim-kommune-laerings-og-mestringsenheten",
        "partners": [],
        "owner": "5001",
        "municipalities": ["5001"],
        "counties": [],
        "nationwide": False,
        "diagnoses": ["hjerneslag"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "group",
        "schedule": (
            "6 ettermiddager, annenhver onsdag kl. 14.00–16.00. Har pause nå; ny oppstart "
            "kunngjøres her."
        ),
        "place": "Lærings- og mestringsenheten, Torggata 12, 7013 Trondheim",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": (
            "Meld interesse på telefon eller e-post til Lærings- og mestringsenheten."
        ),
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["laerings.og.mestringsenheten@trondheim.kommune.example"],
        "status": "paused",
        "is_published": True,
        "confirmed_days_ago": 60,
    },
    {
        "slug": "samtalegruppe-unge-voksne-parorende-trondheim",
        "title": "Samtalegruppe for unge voksne pårørende (18–25 år)",
        "summary": (
            "Er du mellom 18 og 25 år og har en forelder, et søsken eller en kjæreste som er "
            "syk? Her møter du andre på din alder som forstår hvordan det er."
        ),
        "description": (
            "Mange unge voksne har hatt ansvar for noen i familien lenge, ofte uten at andre "
            "vet om det. Samtidig skal du studere, jobbe og finne din egen vei.\n\n"
            "I gruppen møter du andre mellom 18 og 25 år som er pårørende. Det spiller ingen "
            "rolle hvilken sykdom det gjelder. Dere snakker om det dere selv vil, for eksempel "
            "skyldfølelse, grenser, studier og framtid. To samtaleledere er med.\n\n"
            "Gruppen møtes på kveldstid, og det er gratis. Når du ikke har mulighet til å "
            "komme, kan du være med digitalt."
        ),
        "offer_type": "samtalegruppe",
        "provider": "trondheim-kommune-laerings-og-mestringsenheten",
        "partners": [],
        "owner": "5001",
        "municipalities": ["5001"],
        "counties": [],
        "nationwide": False,
        "diagnoses": [],
        "diagnosis_independent": True,
        "carer_age": (18, 25),
        "patient_age": (None, None),
        "format": "group",
        "schedule": "Annenhver torsdag kl. 18.00–19.30, ikke i skoleferiene",
        "place": "Lærings- og mestringsenheten, Torggata 12, 7013 Trondheim",
        "is_free": True,
        "price": "",
        "registration_required": True,
        "registration_info": (
            "Send e-post eller ring Lærings- og mestringsenheten, så tar vi en kort prat før "
            "du begynner."
        ),
        "signup_url": "",
        "more_info_url": "",
        "contacts": ["laerings.og.mestringsenheten@trondheim.kommune.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 410,
    },
    # Nasjonale og regionale
    {
        "slug": "likepersoner-parorende-psykisk-helse-lpp",
        "title": "Likepersoner for pårørende innen psykisk helse og rus",
        "summary": (
            "Snakk med en annen pårørende som har vært i en lignende situasjon. LPP har "
            "likepersoner over hele landet, på telefon eller der du bor."
        ),
        "description": (
            "En likeperson er en pårørende med egen erfaring, som har fått opplæring i å "
            "støtte andre. Likepersonen gir ikke behandling, men lytter, deler erfaringer og "
            "kan fortelle deg hvor du kan få hjelp.\n\n"
            "Du kan snakke med en likeperson på telefon, eller avtale å møtes hvis det er en "
            "likeperson der du bor. Det du forteller, blir mellom dere.\n\n"
            "Tilbudet er gratis og åpent for alle pårørende, også for deg som ikke er medlem "
            "av LPP."
        ),
        "offer_type": "likeperson-og-nettverk",
        "provider": "lpp",
        "partners": [],
        "owner": None,
        "municipalities": [],
        "counties": [],
        "nationwide": True,
        "diagnoses": ["psykisk-helse", "rus"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "phone",
        "schedule": (
            "Hverdager kl. 10.00–14.00. Legg igjen en beskjed utenom åpningstiden, så ringer "
            "vi deg opp."
        ),
        "place": "",
        "is_free": True,
        "price": "",
        "registration_required": False,
        "registration_info": "Ring eller send e-post. Du kan være anonym.",
        "signup_url": "",
        "more_info_url": "https://www.lpp.example/likeperson",
        "contacts": ["likeperson@lpp.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 95,
    },
    {
        "slug": "radgivning-kreft-telefon-og-chat-kreftforeningen",
        "title": "Rådgivning om kreft på telefon og chat",
        "summary": (
            "Har du spørsmål om kreft, eller trenger du noen å snakke med? Sykepleiere og "
            "andre fagfolk svarer pasienter og pårørende på telefon og chat."
        ),
        "description": (
            "Kreftforeningens rådgivningstjeneste er for alle som er berørt av kreft: den som "
            "er syk, pårørende og etterlatte. Du kan spørre om sykdom og behandling, om "
            "rettigheter og økonomi, eller om hvordan du snakker med barna om kreft.\n\n"
            "Du kan ringe, chatte eller sende e-post. Du velger selv om du vil si hvem du er, "
            "og rådgiverne har taushetsplikt. Barn og unge er også velkomne til å ta kontakt.\n\n"
            "Tjenesten er gratis og gjelder hele landet. Trenger du mer hjelp, kan rådgiveren "
            "fortelle deg om tilbud der du bor."
        ),
        "offer_type": "koordinator-og-radgivning",
        "provider": "kreftforeningen",
        "partners": [],
        "owner": None,
        "municipalities": [],
        "counties": [],
        "nationwide": True,
        "diagnoses": ["kreft"],
        "diagnosis_independent": False,
        "carer_age": (None, None),
        "patient_age": (None, None),
        "format": "digital",
        "schedule": "Telefon hverdager kl. 9.00–15.00. Chat mandag–torsdag kl. 9.00–20.00.",
        "place": "",
        "is_free": True,
        "price": "",
        "registration_required": False,
        "registration_info": "Ring eller start en chat. Ingen påmelding.",
        "signup_url": "",
        "more_info_url": "https://www.kreftforeningen.example/radgivning",
        "contacts": ["radgivning@kreftforeningen.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 30,
    },
    {
        "slug": "samtaletelefon-demens-nasjonalforeningen",
        "title": "Samtaletelefon for pårørende til personer med demens",
        "summary": (
            "Ring og snakk med en fagperson om demens. Du får svar på spørsmål, råd i "
            "hverdagen og noen som lytter, uansett hvor i landet du bor."
        ),
        "description": (
            "Samtaletelefonen er for deg som er pårørende til en person med demens, eller som "
            "lurer på om en du kjenner kan ha demens. Du snakker med sykepleiere og andre "
            "fagfolk som kan mye om demens.\n\n"
            "Du kan spørre om sykdommen, om hvordan du møter vanskelige situasjoner, og om "
            "hjelp fra kommunen. Du kan også ringe bare fordi du trenger noen å snakke med.\n\n"
            "Samtaletelefonen drives av Nasjonalforeningen for folkehelsen (Demensforeningen). "
            "Det er gratis å ringe, og du kan være anonym."
        ),
        "offer_type": "veiledning-og-samtaler",
        "provider": "nasjonalforeningen-demensforeningen",
        "partners": [],
        "owner": None,
        "municipalities": [],
        "counties": [],
        "nationwide": True,
        "diagnoses": ["demens"],
        "diagnosis_independent": False,
        "carer_age": (18, None),
        "patient_age": (None, None),
        "format": "phone",
        "schedule": "Hverdager kl. 9.00–15.00",
        "place": "",
        "is_free": True,
        "price": "",
        "registration_required": False,
        "registration_info": "Bare ring.",
        "signup_url": "",
        "more_info_url": "https://www.nasjonalforeningen.example/demens/samtaletelefonen",
        "contacts": ["samtaletelefonen@nasjonalforeningen.example"],
        "status": "active",
        "is_published": True,
        "confirmed_days_ago": 450,
    },
]
