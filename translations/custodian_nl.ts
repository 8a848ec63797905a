<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Custodian::Cli::ActivityCommands</name>
    <message>
        <source>there is no processing activity &apos;%1&apos; in %2</source>
        <translation>er is geen verwerkingsactiviteit &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>What changed since the previous version, in a sentence.</source>
        <translation>Wat er sinds de vorige versie is veranderd, in een zin.</translation>
    </message>
    <message>
        <source>Print the activity version as JSON.</source>
        <translation>De vastgestelde versie als JSON tonen.</translation>
    </message>
    <message>
        <source>activity establish REGISTER NUMBER|UUID [--note TEXT] [--json] [--passphrase-file FILE]</source>
        <translation>activity establish REGISTER NUMMER|UUID [--note TEKST] [--json] [--passphrase-file BESTAND]</translation>
    </message>
    <message>
        <source>Establish an approved processing activity as its next activity version: a snapshot of what it says, kept as it is, with who established it, when, and the URI that log lines of the processing point to. Refused for an activity that is not approved, or that says exactly what its latest version says.</source>
        <translation>Een goedgekeurde verwerkingsactiviteit vaststellen als haar volgende vastgestelde versie: een momentopname van wat zij zegt, bewaard zoals zij is, met wie haar vaststelde, wanneer, en de URI waarnaar de logregels van de verwerking verwijzen. Geweigerd voor een activiteit die niet is goedgekeurd, of die precies zegt wat haar laatste versie zegt.</translation>
    </message>
    <message>
        <source>an activity number (VA-0042) or uuid</source>
        <translation>een activiteitnummer (VA-0042) of uuid</translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation>URI: %1</translation>
    </message>
    <message>
        <source>Print the versions as a JSON array.</source>
        <translation>De versies als JSON-array tonen.</translation>
    </message>
    <message>
        <source>activity versions REGISTER NUMBER|UUID [--json] [--passphrase-file FILE]</source>
        <translation>activity versions REGISTER NUMMER|UUID [--json] [--passphrase-file BESTAND]</translation>
    </message>
    <message>
        <source>List the established versions of a processing activity, the latest first: the latest is established while the activity is in use, the others have lapsed.</source>
        <translation>De vastgestelde versies van een verwerkingsactiviteit tonen, de laatste eerst: de laatste is vastgesteld zolang de activiteit in gebruik is, de andere zijn vervallen.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has not been established yet.</source>
        <translation>%1 &quot;%2&quot; is nog niet vastgesteld.</translation>
    </message>
    <message>
        <source>The activity version to compare with; the latest by default.</source>
        <translation>De vastgestelde versie om mee te vergelijken; standaard de laatste.</translation>
    </message>
    <message>
        <source>The language of the lines: nl or en.</source>
        <translation>De taal van de regels: nl of en.</translation>
    </message>
    <message>
        <source>Print {&quot;version&quot;, &quot;differences&quot;}.</source>
        <translation>{&quot;version&quot;, &quot;differences&quot;} tonen.</translation>
    </message>
    <message>
        <source>activity diff REGISTER NUMBER|UUID [--version N] [--lang nl|en] [--json] [--passphrase-file FILE]</source>
        <translation>activity diff REGISTER NUMMER|UUID [--version N] [--lang nl|en] [--json] [--passphrase-file BESTAND]</translation>
    </message>
    <message>
        <source>Show how the working record of a processing activity differs from an established version: one line for each field that changed since, and for each change to the retention rules of its data.</source>
        <translation>Tonen hoe de werkversie van een verwerkingsactiviteit verschilt van een vastgestelde versie: een regel voor elk veld dat sindsdien is veranderd, en voor elke wijziging van de bewaarregels van haar gegevens.</translation>
    </message>
    <message>
        <source>--version takes a version number of 1 or more</source>
        <translation>--version vraagt een versienummer van 1 of hoger</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; the languages are nl and en</source>
        <translation>onbekende taal &apos;%1&apos;; de talen zijn nl en en</translation>
    </message>
    <message>
        <source>activity needs a subcommand: establish, versions or diff (try activity --help)</source>
        <translation>activity heeft een subopdracht nodig: establish, versions of diff (probeer activity --help)</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; of activity (try activity --help)</source>
        <translation>onbekende subopdracht &apos;%1&apos; van activity (probeer activity --help)</translation>
    </message>
    <message>
        <source>Established %1 &quot;%2&quot; as activity version %3.</source>
        <translation>%1 &quot;%2&quot; vastgesteld als versie %3.</translation>
    </message>
    <message>
        <source>Activity version %1 · %2 · %3 by %4</source>
        <translation>Versie %1 · %2 · %3 door %4</translation>
    </message>
    <message>
        <source>%1 has not been established yet: there is no activity version to compare with</source>
        <translation>%1 is nog niet vastgesteld: er is geen vastgestelde versie om mee te vergelijken</translation>
    </message>
    <message>
        <source>%1 has no activity version %2</source>
        <translation>%1 heeft geen vastgestelde versie %2</translation>
    </message>
    <message>
        <source>%1 says what its activity version %2 says.</source>
        <translation>%1 zegt wat haar vastgestelde versie %2 zegt.</translation>
    </message>
    <message>
        <source>%1 differs from its activity version %2:</source>
        <translation>%1 verschilt van haar vastgestelde versie %2:</translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::BackupCommands</name>
    <message>
        <source>-o FILE is required: the new file to write.</source>
        <translation>-o BESTAND is verplicht: het nieuwe bestand dat wordt geschreven.</translation>
    </message>
    <message>
        <source>The file %1 already exists; custodian-cli does not overwrite files.</source>
        <translation>Het bestand %1 bestaat al; custodian-cli overschrijft geen bestanden.</translation>
    </message>
    <message>
        <source>The backup file to write (a new file).</source>
        <translation>Het back-upbestand dat wordt geschreven (een nieuw bestand).</translation>
    </message>
    <message>
        <source>Print what was copied as JSON.</source>
        <translation>Toon wat is gekopieerd als JSON.</translation>
    </message>
    <message>
        <source>backup REGISTER -o FILE [--json] [--passphrase-file FILE]</source>
        <translation>backup REGISTER -o BESTAND [--json] [--passphrase-file BESTAND]</translation>
    </message>
    <message>
        <source>Write a consistent copy of the register, encrypted with its own passphrase, while it may be open elsewhere; the copy is proved by opening it.</source>
        <translation>Schrijf een consistente kopie van het register, versleuteld met de eigen wachtzin, ook als het elders open is; de kopie wordt bewezen door haar te openen.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Wachtzin voor %1: </translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2 (state %3), and opened it to prove it.</source>
        <translation>Kopie van %1 opgeslagen als %2 (stand %3) en geopend als bewijs.</translation>
    </message>
    <message>
        <source>The register file to create (never an existing file).</source>
        <translation>Het registerbestand dat wordt gemaakt (nooit een bestaand bestand).</translation>
    </message>
    <message>
        <source>Print the restored register as JSON.</source>
        <translation>Toon het teruggezette register als JSON.</translation>
    </message>
    <message>
        <source>restore BACKUP -o FILE [--json] [--passphrase-file FILE]</source>
        <translation>restore BACK-UP -o BESTAND [--json] [--passphrase-file BESTAND]</translation>
    </message>
    <message>
        <source>Restore a backup as a new register file; its history verifies and records the restore. An existing file is never overwritten.</source>
        <translation>Zet een back-up terug als nieuw registerbestand; de geschiedenis wordt gecontroleerd en legt het terugzetten vast. Een bestaand bestand wordt nooit overschreven.</translation>
    </message>
    <message>
        <source>Restored %1 as %2. The history verifies (state %3) and records the restore.</source>
        <translation>%1 teruggezet als %2. De geschiedenis klopt (stand %3) en legt het terugzetten vast.</translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::BreachCommands</name>
    <message>
        <source>When the organisation became aware of the breach: ISO 8601, such as 2026-03-27T14:30 (local time) or 2026-03-27T14:30+01:00.</source>
        <translation>Wanneer de organisatie kennis kreeg van het datalek: ISO 8601, zoals 2026-03-27T14:30 (lokale tijd) of 2026-03-27T14:30+01:00.</translation>
    </message>
    <message>
        <source>What happened, in a sentence.</source>
        <translation>Wat er is gebeurd, in één zin.</translation>
    </message>
    <message>
        <source>Print {&quot;uuid&quot;, &quot;number&quot;, &quot;aware&quot;, &quot;notify_by&quot;}.</source>
        <translation>{&quot;uuid&quot;, &quot;number&quot;, &quot;aware&quot;, &quot;notify_by&quot;} tonen.</translation>
    </message>
    <message>
        <source>breach add REGISTER --aware DATETIME --summary TEXT [--json] [--passphrase-file FILE]</source>
        <translation>breach add REGISTER --aware DATETIME --summary TEXT [--json] [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>Log a personal data breach and print its number and the moment to notify the supervisory authority by: without undue delay and, where feasible, within 72 hours of becoming aware (Art. 33(1) GDPR).</source>
        <translation>Een datalek vastleggen en het dataleknummer tonen, met het tijdstip waarop het datalek uiterlijk bij de toezichthoudende autoriteit moet zijn gemeld: onverwijld en zo mogelijk binnen 72 uur na kennisname (art. 33 lid 1 AVG).</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is verplicht</translation>
    </message>
    <message>
        <source>--summary is empty</source>
        <translation>--summary is leeg</translation>
    </message>
    <message>
        <source>Logged %1, aware since %2.</source>
        <translation>%1 vastgelegd, kennisname op %2.</translation>
    </message>
    <message>
        <source>Notify the supervisory authority by %1, unless the breach is unlikely to result in a risk.</source>
        <translation>Meld het datalek uiterlijk op %1 bij de toezichthoudende autoriteit, tenzij het datalek waarschijnlijk niet tot een risico leidt.</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; of breach (try breach --help)</source>
        <translation>onbekende subopdracht &apos;%1&apos; van breach (probeer breach --help)</translation>
    </message>
    <message>
        <source>Print the breaches as a JSON array.</source>
        <translation>De datalekken als JSON-array tonen.</translation>
    </message>
    <message>
        <source>breaches REGISTER [--json] [--passphrase-file FILE]</source>
        <translation>breaches REGISTER [--json] [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>List the breach register, notified or not (Art. 33(5) GDPR), the most recent first.</source>
        <translation>Het register van datalekken tonen, gemeld of niet (art. 33 lid 5 AVG), het meest recente eerst.</translation>
    </message>
    <message>
        <source>No breaches.</source>
        <translation>Geen datalekken.</translation>
    </message>
    <message>
        <source>notified %1</source>
        <translation>gemeld op %1</translation>
    </message>
    <message>
        <source>notify by %1</source>
        <translation>uiterlijk melden op %1</translation>
    </message>
    <message>
        <source>not notified</source>
        <translation>niet gemeld</translation>
    </message>
    <message>
        <source>The language of the answers: nl (the AP&apos;s form is Dutch; the default) or en.</source>
        <translation>De taal van de antwoorden: nl (het formulier van de AP is Nederlandstalig; de standaard) of en.</translation>
    </message>
    <message>
        <source>Write the answers to FILE, whole or not at all, instead of printing them.</source>
        <translation>De antwoorden naar FILE schrijven, helemaal of helemaal niet, in plaats van ze te tonen.</translation>
    </message>
    <message>
        <source>breach form REGISTER NUMBER|UUID [--lang nl|en] [-o FILE] [--passphrase-file FILE]</source>
        <translation>breach form REGISTER NUMBER|UUID [--lang nl|en] [-o FILE] [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>Print a breach as the answers for the notification form of the Autoriteit Persoonsgegevens (Meldformulier datalekken), section by section in the form&apos;s order, to copy into the form. A question the register holds no answer to says that it is not recorded.</source>
        <translation>Een datalek tonen als de antwoorden voor het Meldformulier datalekken van de Autoriteit Persoonsgegevens, sectie voor sectie in de volgorde van het formulier, om over te nemen in het formulier. Bij een vraag waarop het register geen antwoord heeft, staat dat dit niet is vastgelegd.</translation>
    </message>
    <message>
        <source>a breach number or uuid</source>
        <translation>een dataleknummer of uuid</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; the languages are nl and en</source>
        <translation>onbekende taal &apos;%1&apos;; kies nl of en</translation>
    </message>
    <message>
        <source>option &apos;-o&apos; needs a file name, not an empty value</source>
        <translation>optie &apos;-o&apos; vereist een bestandsnaam, geen lege waarde</translation>
    </message>
    <message>
        <source>there is no breach &apos;%1&apos; in %2 (custodian-cli breaches lists them)</source>
        <translation>er is geen datalek &apos;%1&apos; in %2 (custodian-cli breaches toont ze)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The answers for %1 were written to %2.</source>
        <translation>De antwoorden voor %1 zijn geschreven naar %2.</translation>
    </message>
    <message>
        <source>breach needs a subcommand: add or form (try breach --help)</source>
        <translation>breach vereist een subopdracht: add of form (probeer breach --help)</translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::Commands</name>
    <message>
        <source>%1 needs exactly one register file</source>
        <translation>%1 vereist precies één registerbestand</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nieuwe wachtzin voor %1: </translation>
    </message>
    <message>
        <source>Created the register %1 (register id %2).</source>
        <translation>Register %1 is gemaakt (register-id %2).</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Wachtzin voor %1: </translation>
    </message>
    <message>
        <source>Register:         %1</source>
        <translation>Register:         %1</translation>
    </message>
    <message>
        <source>Register id:      %1</source>
        <translation>Register-id:      %1</translation>
    </message>
    <message>
        <source>Schema version:   %1 (this program reads up to %2)</source>
        <translation>Schemaversie:     %1 (dit programma leest tot en met %2)</translation>
    </message>
    <message>
        <source>SQLCipher:        %1</source>
        <translation>SQLCipher:        %1</translation>
    </message>
    <message>
        <source>Cipher profile:   %1 (page size %2, PBKDF2 %3 iterations, %4, %5)</source>
        <translation>Versleuteling:    %1 (paginagrootte %2, PBKDF2 %3 iteraties, %4, %5)</translation>
    </message>
    <message>
        <source>Integrity:        ok</source>
        <translation>Integriteit:      in orde</translation>
    </message>
    <message numerus="yes">
        <source>Integrity:        %n problem(s)</source>
        <translation>
            <numerusform>Integriteit:      %n probleem</numerusform>
            <numerusform>Integriteit:      %n problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>the register failed its integrity check</source>
        <translation>het register heeft de integriteitscontrole niet doorstaan</translation>
    </message>
    <message>
        <source>Current passphrase for %1: </source>
        <translation>Huidige wachtzin voor %1: </translation>
    </message>
    <message>
        <source>The passphrase of %1 has been changed.</source>
        <translation>De wachtzin van %1 is gewijzigd.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>onbekende opdracht &apos;%1&apos; (probeer --help)</translation>
    </message>
    <message>
        <source>change-passphrase REGISTER [--passphrase-file FILE] [--new-passphrase-file FILE]</source>
        <translation>change-passphrase REGISTER [--passphrase-file FILE] [--new-passphrase-file FILE]</translation>
    </message>
    <message>
        <source>Re-encrypt a register under a new passphrase, which comes from --new-passphrase-file, CUSTODIAN_NEW_PASSPHRASE or the terminal.</source>
        <translation>Een register opnieuw versleutelen met een nieuwe wachtzin, die uit --new-passphrase-file, uit CUSTODIAN_NEW_PASSPHRASE of van de terminal komt.</translation>
    </message>
    <message>
        <source>Read the passphrase from FILE.</source>
        <translation>De wachtzin uit FILE lezen.</translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE.</source>
        <translation>De nieuwe wachtzin uit FILE lezen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulptekst tonen.</translation>
    </message>
    <message>
        <source>a password is never part of the register&apos;s address: it comes from the keychain, %1, %2 or the terminal</source>
        <translation>een wachtwoord is nooit deel van het adres van het register: het komt uit de sleutelbos, uit %1, uit %2 of van de terminal</translation>
    </message>
    <message>
        <source>team registers on PostgreSQL are not available in this version yet (%1)</source>
        <translation>teamregisters op PostgreSQL zijn in deze versie nog niet beschikbaar (%1)</translation>
    </message>
    <message>
        <source>Usage: custodian-cli %1</source>
        <translation>Gebruik: custodian-cli %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>REGISTER is a register file. Team registers on PostgreSQL (%1) are not available in this version yet.</source>
        <translation>REGISTER is een registerbestand. Teamregisters op PostgreSQL (%1) zijn in deze versie nog niet beschikbaar.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name.</source>
        <translation>De naam van de organisatie.</translation>
    </message>
    <message>
        <source>init REGISTER [--organisation NAME] [--passphrase-file FILE]</source>
        <translation>init REGISTER [--organisation NAME] [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>Create a new encrypted register. A passphrase asked for on the terminal is asked for twice.</source>
        <translation>Een nieuw versleuteld register maken. Een wachtzin die op de terminal wordt gevraagd, wordt twee keer gevraagd.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Als JSON tonen.</translation>
    </message>
    <message>
        <source>verify REGISTER [--json] [--passphrase-file FILE]</source>
        <translation>verify REGISTER [--json] [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>Open a register read-only, check its integrity and print its versions and cipher profile.</source>
        <translation>Een register alleen-lezen openen, de integriteit controleren en de versies en het versleutelingsprofiel tonen.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after %2 (try --help)</source>
        <translation>onverwacht argument &apos;%1&apos; na %2 (probeer --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after --version</source>
        <translation>onverwacht argument &apos;%1&apos; na --version</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a file name, not an empty value</source>
        <translation>optie &apos;--%1&apos; vereist een bestandsnaam, geen lege waarde</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <source>--organisation needs the organisation&apos;s name.</source>
        <translation>--organisation vereist de naam van de organisatie.</translation>
    </message>
    <message>
        <source>Register state:   %1 (history entries · hash of the last)</source>
        <translation>Registerstand:    %1 (regels in de historie · hash van de laatste)</translation>
    </message>
    <message>
        <source>the argument &apos;%1&apos; is not valid UTF-8 text; if it names a file, rename the file so that its name is UTF-8 (for example with convmv)</source>
        <translation>het argument &apos;%1&apos; is geen geldige UTF-8-tekst; als het een bestand noemt, geef het bestand dan een naam in UTF-8 (bijvoorbeeld met convmv)</translation>
    </message>
    <message>
        <source>%1 needs a register file and %2</source>
        <translation>%1 vereist een registerbestand en %2</translation>
    </message>
    <message>
        <source>Usage: custodian-cli COMMAND [OPTIONS]

Commands:
  init FILE [--organisation NAME]     create a new encrypted register
  verify FILE [--json]                open a register, check its integrity, print its versions
  change-passphrase FILE              change the passphrase of a register
  check FILE [--json]                 list what an auditor would raise (completeness check)
  demo FILE                           write the demo register of a fictional company
  request add FILE --received DAY --rights R --requester NAME   log a data-subject request
  requests FILE [--status S] [--json] list the request cases, the most urgent first
  breach add FILE --aware TIME --summary TEXT   log a personal data breach
  breach form FILE NUMBER [--lang nl|en] [-o OUT]   the answers for the AP&apos;s breach form
  breaches FILE [--json]              list the breach register
  activity establish FILE NUMBER [--note TEXT]   establish an approved activity as its next version
  activity versions|diff FILE NUMBER  its established versions; what changed since the latest
  due FILE [--within DAYS] [--json | --format ics -o OUT]   what is overdue or due soon
  backup FILE -o COPY [--json]        an encrypted copy of a register, proved by opening it
  restore BACKUP -o NEWFILE [--json]  restore a backup as a new register file
  export FILE --format json|csv|xlsx [--layout custodian|ico|nl-workbook|ldv] [--lang nl|en] -o OUT
                                      the register as JSON (history included) or as lists
  import FILE IN [--layout custodian|ico|nl-workbook] [--mode merge|restore] [--dry-run] [--json]
                                      import a JSON export, CSV files or a workbook
  report FILE --kind KIND [--lang nl|en] [--format pdf|odt|html] -o OUT
                                      a report for auditors (the register, an activity, agreements,
                                      transfers, retention, measures, findings, history, requests,
                                      breaches)
  controls FILE [--json]              the controls auditors test that the reports are evidence for
  statement FILE [--audience A] [--version N] [--lang nl|en] [--format html|pdf|odt] -o OUT
                                      the public privacy statement, written from the register
  statement publish FILE [--audience A] --effective DAY [--changes TEXT]
                                      publish its next version, kept as published
  statements FILE [--json]            the privacy statements and their versions
  deadline request|breach|days ...    compute a statutory deadline (no register needed)
  deadline holidays|calendars ...     list a year&apos;s public holidays, or the holiday calendars

The passphrase comes from --passphrase-file FILE, the environment variable CUSTODIAN_PASSPHRASE,
or the terminal. A new passphrase comes from --new-passphrase-file FILE or
CUSTODIAN_NEW_PASSPHRASE.

Options:
  --help       show this text; COMMAND --help shows the help of one command
  --version    show the version
</source>
        <translation>Gebruik: custodian-cli COMMAND [OPTIONS]

Opdrachten:
  init FILE [--organisation NAME]     een nieuw versleuteld register maken
  verify FILE [--json]                een register openen, de integriteit controleren en de versies tonen
  change-passphrase FILE              de wachtzin van een register wijzigen
  check FILE [--json]                 tonen wat een auditor zou aankaarten (volledigheidscontrole)
  demo FILE                           het demoregister van een fictief bedrijf wegschrijven
  request add FILE --received DAY --rights R --requester NAME   een verzoek van een betrokkene vastleggen
  requests FILE [--status S] [--json] de verzoeken tonen, het dringendste eerst
  breach add FILE --aware TIME --summary TEXT   een datalek vastleggen
  breach form FILE NUMBER [--lang nl|en] [-o OUT]   de antwoorden voor het meldformulier datalekken van de AP
  breaches FILE [--json]              het register van datalekken tonen
  activity establish FILE NUMMER [--note TEKST]   een goedgekeurde activiteit vaststellen als volgende versie
  activity versions|diff FILE NUMMER  haar vastgestelde versies; wat sinds de laatste veranderde
  due FILE [--within DAYS] [--json | --format ics -o OUT]   tonen wat te laat is of binnenkort verloopt
  backup FILE -o COPY [--json]        een versleutelde kopie van een register, bewezen door haar te openen
  restore BACKUP -o NEWFILE [--json]  een reservekopie terugzetten als nieuw registerbestand
  export FILE --format json|csv|xlsx [--layout custodian|ico|nl-workbook|ldv] [--lang nl|en] -o OUT
                                      het register als JSON (met de geschiedenis) of als lijsten
  import FILE IN [--layout custodian|ico|nl-workbook] [--mode merge|restore] [--dry-run] [--json]
                                      een JSON-export, CSV-bestanden of een werkmap importeren
  report FILE --kind KIND [--lang nl|en] [--format pdf|odt|html] -o OUT
                                      een rapport voor auditors (het register, een activiteit,
                                      overeenkomsten, doorgiften, bewaartermijnen, maatregelen,
                                      bevindingen, historie, verzoeken, datalekken)
  controls FILE [--json]              de normen van auditors waarvoor de rapporten bewijs zijn
  statement FILE [--audience A] [--version N] [--lang nl|en] [--format html|pdf|odt] -o OUT
                                      de openbare privacyverklaring, geschreven uit het register
  statement publish FILE [--audience A] --effective DAY [--changes TEXT]
                                      de volgende versie publiceren, bewaard zoals gepubliceerd
  statements FILE [--json]            de privacyverklaringen en hun versies
  deadline request|breach|days ...    een wettelijke termijn berekenen (geen register nodig)
  deadline holidays|calendars ...     de feestdagen van een jaar of de feestdagenkalenders tonen

De wachtzin komt uit --passphrase-file FILE, uit de omgevingsvariabele CUSTODIAN_PASSPHRASE
of van de terminal. Een nieuwe wachtzin komt uit --new-passphrase-file FILE of uit
CUSTODIAN_NEW_PASSPHRASE.

Opties:
  --help       deze tekst tonen; COMMAND --help toont de hulptekst van één opdracht
  --version    de versie tonen
</translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::ControlsCommand</name>
    <message>
        <source>Print the controls as a JSON array.</source>
        <translation>De normen tonen als JSON-array.</translation>
    </message>
    <message>
        <source>controls REGISTER [--json] [--passphrase-file FILE]</source>
        <translation>controls REGISTER [--json] [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>List the controls auditors test against that the register&apos;s reports are evidence for: the articles of the GDPR, the CIP Privacy Baseline&apos;s norms and the BIO2 measures Custodian knows, and the controls the organisation entered itself, each with the report kinds that name it. The register is opened read-only.</source>
        <translation>De normen tonen waaraan auditors toetsen en waarvoor de rapporten van het register bewijs zijn: de artikelen van de AVG, de normen van de CIP Privacy Baseline en de BIO2-maatregelen die Custodian kent, en de normen die de organisatie zelf heeft opgegeven, elk met de soorten rapport die haar noemen. Het register wordt alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>%1 (entered by the organisation)</source>
        <translation>%1 (door de organisatie opgegeven)</translation>
    </message>
    <message>
        <source>in no report yet</source>
        <translation>nog in geen enkel rapport</translation>
    </message>
    <message>
        <source>in: %1</source>
        <translation>in: %1</translation>
    </message>
    <message>
        <source>BIO2 as numbered in %1.</source>
        <translation>BIO2-nummering volgens %1.</translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::DueCommand</name>
    <message>
        <source>Count as of the end of this day (default today).</source>
        <translation>Rekenen met de stand aan het einde van deze dag (standaard vandaag).</translation>
    </message>
    <message>
        <source>Also list what falls due within this many days (default %1).</source>
        <translation>Ook tonen wat binnen dit aantal dagen verloopt (standaard %1).</translation>
    </message>
    <message>
        <source>Print the list as a JSON array.</source>
        <translation>De lijst als JSON-array tonen.</translation>
    </message>
    <message>
        <source>ics: write an iCalendar file with an alarm at each internal target.</source>
        <translation>ics: een iCalendar-bestand wegschrijven met een herinnering op elke interne streefdatum.</translation>
    </message>
    <message>
        <source>The file to write (with --format ics).</source>
        <translation>Het bestand dat wordt weggeschreven (met --format ics).</translation>
    </message>
    <message>
        <source>due REGISTER [--as-of YYYY-MM-DD] [--within DAYS] [--json | --format ics -o FILE] [--passphrase-file FILE]</source>
        <translation>due REGISTER [--as-of YYYY-MM-DD] [--within DAYS] [--json | --format ics -o FILE] [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>List what is overdue or falls due soon: requests, extension notices, breaches, agreements ending, objection windows closing and reviews. Overdue means past the day to act by.</source>
        <translation>Tonen wat te laat is of binnenkort verloopt: verzoeken, kennisgevingen van verlenging, datalekken, aflopende overeenkomsten, bezwaartermijnen die aflopen en herbeoordelingen. Te laat betekent: de dag waarop uiterlijk moest worden gehandeld, is voorbij.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date: write YYYY-MM-DD</source>
        <translation>&apos;%1&apos; is geen geldige datum: schrijf YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--within takes a number of days from 0 to %1</source>
        <translation>--within verwacht een aantal dagen van 0 tot en met %1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; the format is ics</source>
        <translation>onbekend formaat &apos;%1&apos;; het formaat is ics</translation>
    </message>
    <message>
        <source>--format ics needs -o FILE</source>
        <translation>--format ics vereist -o FILE</translation>
    </message>
    <message>
        <source>-o needs --format ics</source>
        <translation>-o vereist --format ics</translation>
    </message>
    <message>
        <source>--json and --format ics cannot be combined</source>
        <translation>--json en --format ics kunnen niet samen worden gebruikt</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) written to %1.</source>
        <translation>
            <numerusform>%n termijn weggeschreven naar %1.</numerusform>
            <numerusform>%n termijnen weggeschreven naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is overdue or due within %n day(s).</source>
        <translation>
            <numerusform>Er is niets te laat en niets verloopt binnen %n dag.</numerusform>
            <numerusform>Er is niets te laat en niets verloopt binnen %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>TE LAAT</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>nog %n dag</numerusform>
            <numerusform>nog %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::ExchangeCommands</name>
    <message>
        <source>-o FILE is required: the new file to write.</source>
        <translation>-o BESTAND is verplicht: het nieuwe bestand dat wordt geschreven.</translation>
    </message>
    <message>
        <source>The file %1 already exists; custodian-cli does not overwrite files.</source>
        <translation>Het bestand %1 bestaat al; custodian-cli overschrijft geen bestanden.</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (state %3). The file is not encrypted: keep it as safe as the register.</source>
        <translation>%1 geëxporteerd naar %2 (stand %3). Het bestand is niet versleuteld: bewaar het even veilig als het register.</translation>
    </message>
    <message>
        <source>merge (default): add and update items, each with a history entry; restore: the same register, history included, into an empty or new register file.</source>
        <translation>merge (standaard): items toevoegen en bijwerken, elk met een regel in de geschiedenis; restore: hetzelfde register, met geschiedenis, in een leeg of nieuw registerbestand.</translation>
    </message>
    <message>
        <source>Check everything and say what would change; change nothing.</source>
        <translation>Controleer alles en meld wat er zou veranderen; verander niets.</translation>
    </message>
    <message>
        <source>Print the findings and the summary as JSON.</source>
        <translation>Toon de bevindingen en de samenvatting als JSON.</translation>
    </message>
    <message>
        <source>a file to import</source>
        <translation>een bestand om te importeren</translation>
    </message>
    <message>
        <source>--mode is merge or restore, not &quot;%1&quot;.</source>
        <translation>--mode is merge of restore, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than 1 GB: no register export is.</source>
        <translation>Het bestand %1 is groter dan 1 GB: geen registerexport is zo groot.</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nieuwe wachtzin voor %1: </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) created</source>
        <translation>
            <numerusform>%n item aangemaakt</numerusform>
            <numerusform>%n items aangemaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n gewijzigd</numerusform>
            <numerusform>%n gewijzigd</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: the import would succeed (%1). Nothing was changed.</source>
        <translation>Proefrun: de import zou slagen (%1). Er is niets veranderd.</translation>
    </message>
    <message numerus="yes">
        <source>Restored into %1: %2, and %n history entries, verified.</source>
        <translation>
            <numerusform>Teruggezet in %1: %2, en %n regel van de geschiedenis, gecontroleerd.</numerusform>
            <numerusform>Teruggezet in %1: %2, en %n regels van de geschiedenis, gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported into %1: %2.</source>
        <translation>Geïmporteerd in %1: %2.</translation>
    </message>
    <message>
        <source>--separator is ; or , (or tab), not &quot;%1&quot;.</source>
        <translation>--separator is ; of , (of tab), niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>json: the whole register, with its history; csv: a file per list; xlsx: a workbook with a sheet per list.</source>
        <translation>json: het hele register, met de geschiedenis; csv: een bestand per lijst; xlsx: een werkmap met een blad per lijst.</translation>
    </message>
    <message>
        <source>csv and xlsx: the language of headers and labels, nl or en.</source>
        <translation>csv en xlsx: de taal van kolomkoppen en labels, nl of en.</translation>
    </message>
    <message>
        <source>csv: the separator, ; or , (default: as the locale writes lists).</source>
        <translation>csv: het scheidingsteken, ; of , (standaard: zoals de landinstelling lijsten schrijft).</translation>
    </message>
    <message>
        <source>The file to write (a new file); for several CSV files a folder, or a file ending in .zip.</source>
        <translation>Het bestand dat wordt geschreven (een nieuw bestand); voor meerdere CSV-bestanden een map, of een bestand dat eindigt op .zip.</translation>
    </message>
    <message>
        <source>Write the register out. JSON (resources/exchange/custodian-register.schema.json) holds every item, document and letter, and the history; CSV and XLSX hold the lists, for spreadsheets and auditors. The files are not encrypted.</source>
        <translation>Het register wegschrijven. JSON (resources/exchange/custodian-register.schema.json) bevat elk item, document en elke brief, en de geschiedenis; CSV en XLSX bevatten de lijsten, voor spreadsheets en auditors. De bestanden zijn niet versleuteld.</translation>
    </message>
    <message>
        <source>--format json, csv or xlsx is required.</source>
        <translation>--format json, csv of xlsx is verplicht.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: json, csv or xlsx.</source>
        <translation>onbekend formaat &quot;%1&quot;: json, csv of xlsx.</translation>
    </message>
    <message>
        <source>--lang is nl or en, not &quot;%1&quot;.</source>
        <translation>--lang is nl of en, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>CSV: the separator, ; or , (default: the one the header row uses).</source>
        <translation>CSV: het scheidingsteken, ; of , (standaard: het teken dat de kopregel gebruikt).</translation>
    </message>
    <message>
        <source>Import into a register, all or nothing: a JSON export, a CSV file, a workbook (.xlsx), or a folder or ZIP of CSV files and workbooks. With --mode restore (JSON only) a register file that does not exist yet is created. Exits 1 when the file has errors (and changes nothing).</source>
        <translation>In een register importeren, alles of niets: een JSON-export, een CSV-bestand, een werkmap (.xlsx), of een map of ZIP met CSV-bestanden en werkmappen. Met --mode restore (alleen JSON) wordt een registerbestand dat nog niet bestaat aangemaakt. Eindigt met 1 als het bestand fouten heeft (en verandert dan niets).</translation>
    </message>
    <message>
        <source>--mode restore reads a JSON export; lists are merged.</source>
        <translation>--mode restore leest een JSON-export; lijsten worden samengevoegd.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has errors.</source>
        <translation>Er is niets geïmporteerd: het bestand bevat fouten.</translation>
    </message>
    <message>
        <source>-o is required: a new folder, or a file ending in .zip.</source>
        <translation>-o is verplicht: een nieuwe map, of een bestand dat eindigt op .zip.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n established activity version(s) and their index to %1 (state %2).</source>
        <translation>
            <numerusform>%n vastgestelde versie en de index geschreven naar %1 (stand %2).</numerusform>
            <numerusform>%n vastgestelde versies en hun index geschreven naar %1 (stand %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>--layout ldv is a layout of json.</source>
        <translation>--layout ldv is een indeling van json.</translation>
    </message>
    <message>
        <source>--layout is custodian, ico or nl-workbook, not &quot;%1&quot;.</source>
        <translation>--layout is custodian, ico of nl-workbook, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>csv and xlsx: custodian (default, every list), ico (the processing activities in the ICO template&apos;s columns) or nl-workbook (the Dutch workbook: Organisatie, Verwerkingen, Bewaartermijnen, headers in Dutch); json: custodian (default) or ldv (the established activity versions, a file each, for a logging back-end to resolve their URIs).</source>
        <translation>csv en xlsx: custodian (standaard, elke lijst), ico (de verwerkingsactiviteiten in de kolommen van het ICO-sjabloon) of nl-workbook (de Nederlandse werkmap: Organisatie, Verwerkingen, Bewaartermijnen, met Nederlandse kolomkoppen); json: custodian (standaard) of ldv (de vastgestelde versies van de verwerkingsactiviteiten, elk een bestand, waarmee een logvoorziening hun URI&apos;s kan opzoeken).</translation>
    </message>
    <message>
        <source>export REGISTER --format json|csv|xlsx [--layout custodian|ico|nl-workbook|ldv] [--lang nl|en] [--separator S] -o OUT [--passphrase-file FILE]</source>
        <translation>export REGISTER --format json|csv|xlsx [--layout custodian|ico|nl-workbook|ldv] [--lang nl|en] [--separator S] -o UIT [--passphrase-file BESTAND]</translation>
    </message>
    <message>
        <source>--layout %1 is a layout of csv and xlsx.</source>
        <translation>--layout %1 is een indeling voor csv en xlsx.</translation>
    </message>
    <message>
        <source>--layout %1 has Dutch headers and labels: it takes no --lang.</source>
        <translation>--layout %1 heeft Nederlandse kolomkoppen en omschrijvingen: --lang hoort er niet bij.</translation>
    </message>
    <message>
        <source>CSV and XLSX: custodian (default: our lists, headers in Dutch or English), ico (the ICO template) or nl-workbook (the Dutch workbook).</source>
        <translation>CSV en XLSX: custodian (standaard: onze lijsten, kolomkoppen in het Nederlands of Engels), ico (het ICO-sjabloon) of nl-workbook (de Nederlandse werkmap).</translation>
    </message>
    <message>
        <source>import REGISTER IN [--layout custodian|ico|nl-workbook] [--mode merge|restore] [--dry-run] [--json] [--separator S] [--passphrase-file FILE]</source>
        <translation>import REGISTER IN [--layout custodian|ico|nl-workbook] [--mode merge|restore] [--dry-run] [--json] [--separator S] [--passphrase-file BESTAND]</translation>
    </message>
    <message>
        <source>--layout %1 is a layout of CSV files and workbooks.</source>
        <translation>--layout %1 is een indeling voor CSV-bestanden en werkmappen.</translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::PassphraseInput</name>
    <message>
        <source>cannot read the passphrase file %1: %2</source>
        <translation>kan het wachtzinbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>no passphrase given: use %1 or set %2</source>
        <translation>geen wachtzin opgegeven: gebruik %1 of stel %2 in</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Herhaal de wachtzin: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>de twee wachtzinnen verschillen</translation>
    </message>
    <message>
        <source>the passphrase %1 is not UTF-8 text; use a passphrase of characters, not a file of random bytes</source>
        <translation>de wachtzin %1 is geen UTF-8-tekst; gebruik een wachtzin van tekens, geen bestand met willekeurige bytes</translation>
    </message>
    <message>
        <source>the passphrase file %1 is larger than 64 KiB: it holds one line, the passphrase</source>
        <translation>het wachtzinbestand %1 is groter dan 64 KiB: het bevat één regel, de wachtzin</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>die u typte</translation>
    </message>
    <message>
        <source>the passphrase file %1 holds more than one line: it must hold one line, the passphrase</source>
        <translation>het wachtzinbestand %1 bevat meer dan één regel: het moet één regel bevatten, de wachtzin</translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::RegisterCommands</name>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>info</source>
        <translation>opmerking</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The completeness check found nothing to add.</source>
        <translation>De volledigheidscontrole heeft niets gevonden dat moet worden aangevuld.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n bevinding:</numerusform>
            <numerusform>%n bevindingen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n opmerking</numerusform>
            <numerusform>%n opmerkingen</numerusform>
        </translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nieuwe wachtzin voor %1: </translation>
    </message>
    <message>
        <source>Created the demo register %1 (register id %2).</source>
        <translation>Demoregister %1 is gemaakt (register-id %2).</translation>
    </message>
    <message>
        <source>No passphrase was given, so it uses the demo passphrase: %1</source>
        <translation>Er is geen wachtzin opgegeven, dus het register gebruikt de demowachtzin: %1</translation>
    </message>
    <message>
        <source>Print the findings as a JSON array.</source>
        <translation>De bevindingen als JSON-array tonen.</translation>
    </message>
    <message>
        <source>check REGISTER [--json] [--passphrase-file FILE]</source>
        <translation>check REGISTER [--json] [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>List what an auditor would raise (the completeness check). Exits 0 whatever it finds.</source>
        <translation>Tonen wat een auditor zou aankaarten (de volledigheidscontrole). De afsluitcode is altijd 0, wat er ook wordt gevonden.</translation>
    </message>
    <message>
        <source>demo REGISTER [--passphrase-file FILE]</source>
        <translation>demo REGISTER [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>Write the demo register of a fictional company. Without --passphrase-file or CUSTODIAN_PASSPHRASE it uses the demo passphrase, and says so.</source>
        <translation>Het demoregister van een fictief bedrijf wegschrijven. Zonder --passphrase-file of CUSTODIAN_PASSPHRASE wordt de demowachtzin gebruikt, en dat wordt gemeld.</translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::ReportCommand</name>
    <message>
        <source>activity: the processing activity&apos;s ID.</source>
        <translation>activity: de ID van de verwerkingsactiviteit.</translation>
    </message>
    <message>
        <source>The report&apos;s language, nl or en (default: the system&apos;s).</source>
        <translation>De taal van het rapport, nl of en (standaard: die van het systeem).</translation>
    </message>
    <message>
        <source>The classification printed on every page (default: Confidential).</source>
        <translation>De rubricering op elke pagina (standaard: Vertrouwelijk).</translation>
    </message>
    <message>
        <source>The file to write (a new file).</source>
        <translation>Het bestand om te schrijven (een nieuw bestand).</translation>
    </message>
    <message>
        <source>Write a report of the register for auditors: every page names the organisation, the report, the register&apos;s state (the head of its history), when it was made and its classification. The same state gives the same text. The register is opened read-only.</source>
        <translation>Een rapport van het register voor auditors schrijven: elke pagina noemt de organisatie, het rapport, de registerstand (de kop van de historie), wanneer het is gemaakt en de rubricering. Dezelfde stand geeft dezelfde tekst. Het register wordt alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>--kind activity needs --uuid: the processing activity&apos;s ID.</source>
        <translation>--kind activity vereist --uuid: de ID van de verwerkingsactiviteit.</translation>
    </message>
    <message>
        <source>--uuid goes with --kind activity.</source>
        <translation>--uuid hoort bij --kind activity.</translation>
    </message>
    <message>
        <source>--lang is nl or en, not &quot;%1&quot;.</source>
        <translation>--lang is nl of en, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>-o FILE is required: the new file to write.</source>
        <translation>-o FILE is verplicht: het nieuwe bestand om te schrijven.</translation>
    </message>
    <message>
        <source>The file %1 already exists; custodian-cli does not overwrite files.</source>
        <translation>Het bestand %1 bestaat al; custodian-cli overschrijft geen bestanden.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s), register state %2).</source>
        <translation>
            <numerusform>%1 geschreven (%n pagina, registerstand %2).</numerusform>
            <numerusform>%1 geschreven (%n pagina&apos;s, registerstand %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date: write YYYY-MM-DD</source>
        <translation>&apos;%1&apos; is geen geldige datum: schrijf YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from ligt na --to.</translation>
    </message>
    <message>
        <source>Wrote %1 (register state %2).</source>
        <translation>%1 geschreven (registerstand %2).</translation>
    </message>
    <message>
        <source>statement: whom it is for, separated by commas: customers, prospects, website-visitors, applicants, employees, suppliers (default: every audience of a published activity).</source>
        <translation>statement: voor wie de verklaring is, gescheiden door komma&apos;s: customers, prospects, website-visitors, applicants, employees, suppliers (standaard: elke doelgroep van een gepubliceerde verwerking).</translation>
    </message>
    <message>
        <source>--audience goes with --kind statement.</source>
        <translation>--audience hoort bij --kind statement.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audience: customers, prospects, website-visitors, applicants, employees or suppliers.</source>
        <translation>&quot;%1&quot; is geen doelgroep: customers, prospects, website-visitors, applicants, employees of suppliers.</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Concept: %1</translation>
    </message>
    <message>
        <source>ap-breach-form: the breach&apos;s number (or its ID).</source>
        <translation>ap-breach-form: het dataleknummer (of de ID).</translation>
    </message>
    <message>
        <source>--kind ap-breach-form needs --number: the breach&apos;s number.</source>
        <translation>--kind ap-breach-form vraagt --number: het dataleknummer.</translation>
    </message>
    <message>
        <source>--number goes with --kind ap-breach-form.</source>
        <translation>--number hoort bij --kind ap-breach-form.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: pdf, odt, html or xlsx.</source>
        <translation>onbekend formaat &quot;%1&quot;: pdf, odt, html of xlsx.</translation>
    </message>
    <message>
        <source>--kind %1 is not written as %2: pdf, odt or html.</source>
        <translation>--kind %1 wordt niet geschreven als %2: pdf, odt of html.</translation>
    </message>
    <message>
        <source>register (the default): the records of processing activities (Art. 30) with their agreements, parties, transfers, retention schedule, measures and completeness findings; activity: the sheet of one processing activity (--uuid); processor (Art. 30(2)); agreements (Art. 28, with the sub-processors); transfers; retention; measures; findings; and for a period (--from, --to): history (the changes), requests (the request log), breaches (the breach register); for the Autoriteit Persoonsgegevens: ap-register (what Art. 30 asks of the activities in use, also as xlsx) and ap-breach-form (one breach as the answers for the AP&apos;s notification form, --number); audit-dossier (for a period: each control with the parts that evidence it, the register&apos;s completeness, the register, the logs and the changes; also as xlsx); statement: the public privacy statement (--audience), a draft written from the register.</source>
        <translation>register (de standaard): het register van verwerkingsactiviteiten (art. 30 AVG) met de overeenkomsten, partijen, doorgiften, bewaartermijnen, maatregelen en bevindingen van de volledigheidscontrole; activity: het overzicht van één verwerkingsactiviteit (--uuid); processor (art. 30 lid 2); agreements (art. 28, met de subverwerkers); transfers; retention; measures; findings; en over een periode (--from, --to): history (de wijzigingen), requests (het logboek van verzoeken), breaches (het register van datalekken); voor de Autoriteit Persoonsgegevens: ap-register (wat art. 30 vraagt van de activiteiten in gebruik, ook als xlsx) en ap-breach-form (één datalek als de antwoorden voor het meldformulier van de AP, --number); audit-dossier (over een periode: elke norm met de delen die haar aantonen, de volledigheid van het register, het register, de logboeken en de wijzigingen; ook als xlsx); statement: de openbare privacyverklaring (--audience), een concept geschreven uit het register.</translation>
    </message>
    <message>
        <source>history, requests, breaches, audit-dossier: the first day of the period (default: twelve months before --to).</source>
        <translation>history, requests, breaches, audit-dossier: de eerste dag van de periode (standaard: twaalf maanden vóór --to).</translation>
    </message>
    <message>
        <source>history, requests, breaches, audit-dossier: the last day of the period (default: today).</source>
        <translation>history, requests, breaches, audit-dossier: de laatste dag van de periode (standaard: vandaag).</translation>
    </message>
    <message>
        <source>pdf (PDF/A-1b, the default), odt (OpenDocument text, to edit), html (one web page) or, for ap-register and audit-dossier, xlsx (a workbook, a sheet per part).</source>
        <translation>pdf (PDF/A-1b, de standaard), odt (OpenDocument-tekst, om te bewerken), html (één webpagina) of, voor ap-register en audit-dossier, xlsx (een werkmap, een tabblad per deel).</translation>
    </message>
    <message>
        <source>report REGISTER [--kind register|activity|processor|agreements|transfers|retention|measures|findings|history|requests|breaches|ap-register|ap-breach-form|audit-dossier|statement] [--uuid UUID] [--number NUMBER] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--audience AUDIENCES] [--lang nl|en] [--format pdf|odt|html|xlsx] [--label TEXT] -o OUT [--passphrase-file FILE]</source>
        <translation>report REGISTER [--kind register|activity|processor|agreements|transfers|retention|measures|findings|history|requests|breaches|ap-register|ap-breach-form|audit-dossier|statement] [--uuid UUID] [--number NUMMER] [--from JJJJ-MM-DD] [--to JJJJ-MM-DD] [--audience DOELGROEPEN] [--lang nl|en] [--format pdf|odt|html|xlsx] [--label TEKST] -o UIT [--passphrase-file BESTAND]</translation>
    </message>
    <message>
        <source>--kind is register, activity, processor, agreements, transfers, retention, measures, findings, history, requests, breaches, ap-register, ap-breach-form, audit-dossier or statement, not &quot;%1&quot;.</source>
        <translation>--kind is register, activity, processor, agreements, transfers, retention, measures, findings, history, requests, breaches, ap-register, ap-breach-form, audit-dossier of statement, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--from and --to go with --kind history, requests, breaches or audit-dossier.</source>
        <translation>--from en --to horen bij --kind history, requests, breaches of audit-dossier.</translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::RequestCommands</name>
    <message>
        <source>The day the organisation received the request.</source>
        <translation>De dag waarop de organisatie het verzoek heeft ontvangen.</translation>
    </message>
    <message>
        <source>The rights invoked, separated by commas: %1.</source>
        <translation>De ingeroepen rechten, gescheiden door komma&apos;s: %1.</translation>
    </message>
    <message>
        <source>How it arrived: %1 (default email).</source>
        <translation>Hoe het verzoek binnenkwam: %1 (standaard email).</translation>
    </message>
    <message>
        <source>Print {&quot;uuid&quot;, &quot;number&quot;, &quot;due&quot;, &quot;act_by&quot;, &quot;target&quot;}.</source>
        <translation>{&quot;uuid&quot;, &quot;number&quot;, &quot;due&quot;, &quot;act_by&quot;, &quot;target&quot;} tonen.</translation>
    </message>
    <message>
        <source>request add REGISTER --received YYYY-MM-DD --rights RIGHTS --requester NAME [--channel CHANNEL] [--json] [--passphrase-file FILE]</source>
        <translation>request add REGISTER --received YYYY-MM-DD --rights RIGHTS --requester NAME [--channel CHANNEL] [--json] [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>Log a data-subject request and print its case number and deadline (Art. 12(3) GDPR).</source>
        <translation>Een verzoek van een betrokkene vastleggen en het zaaknummer en de termijn tonen (art. 12 lid 3 AVG).</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is verplicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date: write YYYY-MM-DD</source>
        <translation>&apos;%1&apos; is geen geldige datum: schrijf YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown right &apos;%1&apos;; rights: %2</source>
        <translation>onbekend recht &apos;%1&apos;; rechten: %2</translation>
    </message>
    <message>
        <source>--rights names no right</source>
        <translation>--rights noemt geen recht</translation>
    </message>
    <message>
        <source>--requester is empty</source>
        <translation>--requester is leeg</translation>
    </message>
    <message>
        <source>unknown channel &apos;%1&apos;; channels: %2</source>
        <translation>onbekend kanaal &apos;%1&apos;; kanalen: %2</translation>
    </message>
    <message>
        <source>Logged %1, received %2.</source>
        <translation>%1 vastgelegd, ontvangen op %2.</translation>
    </message>
    <message>
        <source>Statutory deadline: %1</source>
        <translation>Wettelijke termijn:  %1</translation>
    </message>
    <message>
        <source>Act by:             %1</source>
        <translation>Uiterlijk op:        %1</translation>
    </message>
    <message>
        <source>Internal target:    %1</source>
        <translation>Interne streefdatum: %1</translation>
    </message>
    <message>
        <source>request needs a subcommand: add (try request --help)</source>
        <translation>request vereist een subopdracht: add (probeer request --help)</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; of request (try request --help)</source>
        <translation>onbekende subopdracht &apos;%1&apos; van request (probeer request --help)</translation>
    </message>
    <message>
        <source>Only the cases with this status: %1.</source>
        <translation>Alleen de verzoeken met deze status: %1.</translation>
    </message>
    <message>
        <source>Print the cases as a JSON array.</source>
        <translation>De verzoeken als JSON-array tonen.</translation>
    </message>
    <message>
        <source>requests REGISTER [--status STATUS] [--json] [--passphrase-file FILE]</source>
        <translation>requests REGISTER [--status STATUS] [--json] [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>List the data-subject request cases, the most urgent first.</source>
        <translation>De verzoeken van betrokkenen tonen, het dringendste eerst.</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; statuses: %2</source>
        <translation>onbekende status &apos;%1&apos;; statussen: %2</translation>
    </message>
    <message>
        <source>No request cases.</source>
        <translation>Geen verzoeken.</translation>
    </message>
    <message>
        <source>act by %1</source>
        <translation>uiterlijk handelen op %1</translation>
    </message>
    <message>
        <source>Who made the request; - reads the name from standard input, which keeps it out of the shell&apos;s history.</source>
        <translation>Wie het verzoek deed; - leest de naam van de standaardinvoer, zodat die niet in de geschiedenis van de shell belandt.</translation>
    </message>
    <message>
        <source>standard input cannot be read</source>
        <translation>de standaardinvoer kan niet worden gelezen</translation>
    </message>
    <message>
        <source>Name of the requester: </source>
        <translation>Naam van de verzoeker: </translation>
    </message>
</context>
<context>
    <name>Custodian::Cli::StatementCommand</name>
    <message>
        <source>The statement to publish: the one in use for this audience (customers, prospects, website-visitors, applicants, employees, suppliers); without it, the only statement in use.</source>
        <translation>De verklaring om te publiceren: die in gebruik voor deze doelgroep (customers, prospects, website-visitors, applicants, employees, suppliers); zonder deze optie de enige verklaring in gebruik.</translation>
    </message>
    <message>
        <source>The day the new version takes effect.</source>
        <translation>De dag waarop de nieuwe versie ingaat.</translation>
    </message>
    <message>
        <source>What changed, for the public (printed in the statement).</source>
        <translation>Wat er veranderde, voor het publiek (staat in de verklaring).</translation>
    </message>
    <message>
        <source>Publish the next version of a privacy statement: written from the register as it is now, in each of the statement&apos;s languages, and kept as published with the register&apos;s state. Refused, with the reasons, while the register does not say everything the statement needs.</source>
        <translation>De volgende versie van een privacyverklaring publiceren: geschreven uit het register zoals het nu is, in elke taal van de verklaring, en bewaard zoals gepubliceerd met de registerstand. Geweigerd, met de redenen, zolang het register niet alles zegt wat de verklaring nodig heeft.</translation>
    </message>
    <message>
        <source>--effective is required: the day the new version takes effect.</source>
        <translation>--effective is verplicht: de dag waarop de nieuwe versie ingaat.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date: write YYYY-MM-DD</source>
        <translation>&apos;%1&apos; is geen geldige datum: schrijf JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>--audience names one audience: its statement is published.</source>
        <translation>--audience noemt één doelgroep: de verklaring daarvan wordt gepubliceerd.</translation>
    </message>
    <message>
        <source>The register holds no privacy statement in use.</source>
        <translation>Het register bevat geen privacyverklaring in gebruik.</translation>
    </message>
    <message>
        <source>The register holds %1 privacy statements in use: say which with --audience.</source>
        <translation>Het register bevat %1 privacyverklaringen in gebruik: zeg met --audience welke.</translation>
    </message>
    <message>
        <source>Published version %1 of &quot;%2&quot;, effective from %3 (register state %4).</source>
        <translation>Versie %1 van &quot;%2&quot; gepubliceerd, geldig vanaf %3 (registerstand %4).</translation>
    </message>
    <message>
        <source>Whom it is for (customers, prospects, website-visitors, applicants, employees, suppliers; several separated by commas): the statement in use that covers them, or a draft for them when none does. Without it: the only statement in use, or a draft for every audience.</source>
        <translation>Voor wie de verklaring is (customers, prospects, website-visitors, applicants, employees, suppliers; meerdere gescheiden door komma&apos;s): de verklaring in gebruik die hen dekt, of een concept voor hen als er geen is. Zonder deze optie: de enige verklaring in gebruik, of een concept voor elke doelgroep.</translation>
    </message>
    <message>
        <source>A published version, as archived, instead of the text written from the register now.</source>
        <translation>Een gepubliceerde versie, zoals gearchiveerd, in plaats van de tekst die nu uit het register wordt geschreven.</translation>
    </message>
    <message>
        <source>The statement&apos;s language, nl or en (default: the system&apos;s).</source>
        <translation>De taal van de verklaring, nl of en (standaard: die van het systeem).</translation>
    </message>
    <message>
        <source>html (one web page, the default), pdf (PDF/A-1b) or odt (OpenDocument text, to edit).</source>
        <translation>html (één webpagina, de standaard), pdf (PDF/A-1b) of odt (OpenDocument-tekst, om te bewerken).</translation>
    </message>
    <message>
        <source>The file to write (a new file).</source>
        <translation>Het bestand om te schrijven (een nieuw bestand).</translation>
    </message>
    <message>
        <source>statement REGISTER [--audience AUDIENCES] [--version N] [--lang nl|en] [--format html|pdf|odt] -o OUT [--passphrase-file FILE]</source>
        <translation>statement REGISTER [--audience AUDIENCES] [--version N] [--lang nl|en] [--format html|pdf|odt] -o OUT [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>Write the public privacy statement from the register: as its latest published version when the register still says what that version says, else as a draft that lists what changed and what the register does not say yet (also on stderr). The register is opened read-only.</source>
        <translation>De openbare privacyverklaring uit het register schrijven: als de laatst gepubliceerde versie wanneer het register nog zegt wat die versie zegt, anders als concept met wat er veranderde en wat het register nog niet zegt (ook op stderr). Het register wordt alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>--version is the number of a published version, not &quot;%1&quot;.</source>
        <translation>--version is het nummer van een gepubliceerde versie, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--lang is nl or en, not &quot;%1&quot;.</source>
        <translation>--lang is nl of en, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: html, pdf or odt.</source>
        <translation>onbekende indeling &quot;%1&quot;: html, pdf of odt.</translation>
    </message>
    <message>
        <source>Print the statements as a JSON array.</source>
        <translation>De verklaringen als JSON-array tonen.</translation>
    </message>
    <message>
        <source>statements REGISTER [--json] [--passphrase-file FILE]</source>
        <translation>statements REGISTER [--json] [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>List the privacy statements: their audiences and languages, their published versions, and whether the register has changed since the latest (then publish a new version).</source>
        <translation>De privacyverklaringen tonen: hun doelgroepen en talen, hun gepubliceerde versies, en of het register sinds de laatste is veranderd (publiceer dan een nieuwe versie).</translation>
    </message>
    <message>
        <source>The register holds no privacy statement.</source>
        <translation>Het register bevat geen privacyverklaring.</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (buiten gebruik)</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Voor: %1</translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation>Nog niet gepubliceerd.</translation>
    </message>
    <message>
        <source>Version %1, effective from %2.</source>
        <translation>Versie %1, geldig vanaf %2.</translation>
    </message>
    <message>
        <source>The register still says what this version says.</source>
        <translation>Het register zegt nog wat deze versie zegt.</translation>
    </message>
    <message>
        <source>The register has changed since (%1): publish a new version.</source>
        <translation>Het register is sindsdien veranderd (%1): publiceer een nieuwe versie.</translation>
    </message>
    <message>
        <source>What changed, in the statement&apos;s other language (needed when it is published in two).</source>
        <translation>Wat er veranderde, in de andere taal van de verklaring (nodig als zij in twee talen wordt gepubliceerd).</translation>
    </message>
    <message>
        <source>statement publish REGISTER [--audience AUDIENCE] --effective YYYY-MM-DD [--changes TEXT] [--changes-translated TEXT] [--passphrase-file FILE]</source>
        <translation>statement publish REGISTER [--audience AUDIENCE] --effective YYYY-MM-DD [--changes TEXT] [--changes-translated TEXT] [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>what the version says cannot be read</source>
        <translation>wat de versie zegt, is niet te lezen</translation>
    </message>
</context>
<context>
    <name>Custodian::Completeness</name>
    <message>
        <source>Describe the purpose of the processing: Art. 30(1)(b) requires it in the record.</source>
        <translation>Beschrijf het doel van de verwerking: art. 30 lid 1 onder b AVG vereist dit in het register.</translation>
    </message>
    <message>
        <source>Choose the lawful basis the processing rests on: every processing needs one of Art. 6(1).</source>
        <translation>Kies de grondslag waarop de verwerking berust: elke verwerking heeft een van de grondslagen van art. 6 lid 1 AVG nodig.</translation>
    </message>
    <message>
        <source>Name the categories of data subjects: Art. 30(1)(c) requires them in the record.</source>
        <translation>Noem de categorieën van betrokkenen: art. 30 lid 1 onder c AVG vereist die in het register.</translation>
    </message>
    <message>
        <source>Name the categories of personal data: Art. 30(1)(c) requires them in the record.</source>
        <translation>Noem de categorieën van persoonsgegevens: art. 30 lid 1 onder c AVG vereist die in het register.</translation>
    </message>
    <message>
        <source>Link the technical and organisational security measures: Art. 30(1)(g) asks for a general description where possible (Art. 32(1)).</source>
        <translation>Koppel de technische en organisatorische beveiligingsmaatregelen: art. 30 lid 1 onder g AVG vraagt waar mogelijk om een algemene beschrijving (art. 32 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Describe the categories of processing carried out for the controller: Art. 30(2)(b) requires them.</source>
        <translation>Beschrijf de categorieën van verwerkingen die voor de verwerkingsverantwoordelijke worden uitgevoerd: art. 30 lid 2 onder b AVG vereist die.</translation>
    </message>
    <message>
        <source>Record where the data is stored: the controller needs it to answer access and erasure requests (Art. 28(3)(e)).</source>
        <translation>Leg vast waar de gegevens zijn opgeslagen: de verwerkingsverantwoordelijke heeft dit nodig om inzageverzoeken en verzoeken om gegevenswissing te beantwoorden (art. 28 lid 3 onder e AVG).</translation>
    </message>
    <message>
        <source>Link the technical and organisational security measures: Art. 30(2)(d) asks for a general description where possible (Art. 32(1)).</source>
        <translation>Koppel de technische en organisatorische beveiligingsmaatregelen: art. 30 lid 2 onder d AVG vraagt waar mogelijk om een algemene beschrijving (art. 32 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Record where the data is stored, so that access and erasure requests can be answered completely (Arts. 15 and 17; accountability, Art. 5(2)).</source>
        <translation>Leg vast waar de gegevens zijn opgeslagen, zodat inzageverzoeken en verzoeken om gegevenswissing volledig kunnen worden beantwoord (art. 15 en 17 AVG; verantwoordingsplicht, art. 5 lid 2 AVG).</translation>
    </message>
    <message>
        <source>Name each controller on whose behalf this processing is carried out: Art. 30(2)(a) requires them.</source>
        <translation>Noem elke verwerkingsverantwoordelijke voor wie deze verwerking wordt uitgevoerd: art. 30 lid 2 onder a AVG vereist dat.</translation>
    </message>
    <message>
        <source>Say what the cookie is for: the privacy statement and the cookie banner must tell visitors (Tw art. 11.7a).</source>
        <translation>Geef aan waarvoor het cookie dient: de privacyverklaring en de cookiebanner moeten het bezoekers vertellen (art. 11.7a Tw).</translation>
    </message>
    <message>
        <source>Link the processing activity the cookie serves: its lawful basis, consent and retention apply to what the cookie collects.</source>
        <translation>Koppel de verwerkingsactiviteit die het cookie dient: haar grondslag, toestemming en bewaartermijn gelden voor wat het cookie verzamelt.</translation>
    </message>
    <message>
        <source>Give the control a title, so that a reader of the list knows what it asks without the framework at hand.</source>
        <translation>Geef de norm een titel, zodat wie de lijst leest weet wat zij vraagt zonder het normenkader erbij te pakken.</translation>
    </message>
    <message>
        <source>Choose the reports that are evidence for the control: until then no report names it.</source>
        <translation>Kies de rapporten die bewijs zijn voor de norm: tot dan noemt geen rapport haar.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::ActivityVersion</name>
    <message>
        <source>Established</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>An activity version belongs to a processing activity: choose the activity.</source>
        <translation>Een vastgestelde versie hoort bij een verwerkingsactiviteit: kies de activiteit.</translation>
    </message>
    <message>
        <source>An activity version has a number of 1 or more.</source>
        <translation>Een vastgestelde versie heeft een nummer van 1 of hoger.</translation>
    </message>
    <message>
        <source>An activity version has a URI without spaces, which log lines point to.</source>
        <translation>Een vastgestelde versie heeft een URI zonder spaties, waarnaar logregels verwijzen.</translation>
    </message>
    <message>
        <source>An activity version records when it was established.</source>
        <translation>Een vastgestelde versie legt vast wanneer zij is vastgesteld.</translation>
    </message>
    <message>
        <source>An activity version records what the activity said when it was established.</source>
        <translation>Een vastgestelde versie legt vast wat de activiteit zei toen zij werd vastgesteld.</translation>
    </message>
    <message>
        <source>The fingerprint of the activity version does not match what it records: the version was altered.</source>
        <translation>De vingerafdruk van de vastgestelde versie past niet bij wat zij vastlegt: de versie is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::Agreement</name>
    <message>
        <source>Enter a title for the agreement, such as &quot;Processing agreement hosting&quot;.</source>
        <translation>Vul een titel voor de overeenkomst in, zoals &quot;Verwerkersovereenkomst hosting&quot;.</translation>
    </message>
    <message>
        <source>Choose whether this is a processing or a sub-processing agreement.</source>
        <translation>Kies of dit een verwerkersovereenkomst of een subverwerkersovereenkomst is.</translation>
    </message>
    <message>
        <source>Our organisation cannot be both controller and processor: choose the other party.</source>
        <translation>De eigen organisatie kan niet zowel verwerkingsverantwoordelijke als verwerker zijn: kies de andere partij.</translation>
    </message>
    <message>
        <source>The same party cannot be both controller and processor: choose another party.</source>
        <translation>Dezelfde partij kan niet zowel verwerkingsverantwoordelijke als verwerker zijn: kies een andere partij.</translation>
    </message>
    <message>
        <source>A sub-processing agreement rests on the agreement above it (Art. 28(4)): choose that agreement as its parent.</source>
        <translation>Een subverwerkersovereenkomst berust op de overeenkomst die erboven ligt (art. 28 lid 4 AVG): kies die overeenkomst als bovenliggende overeenkomst.</translation>
    </message>
    <message>
        <source>Only a sub-processing agreement has an agreement above it: make this a sub-processing agreement or clear the parent.</source>
        <translation>Alleen een subverwerkersovereenkomst heeft een bovenliggende overeenkomst: maak hiervan een subverwerkersovereenkomst of laat de bovenliggende overeenkomst leeg.</translation>
    </message>
    <message>
        <source>An agreement cannot be its own parent: choose the agreement above it.</source>
        <translation>Een overeenkomst kan niet boven zichzelf liggen: kies de overeenkomst die erboven ligt.</translation>
    </message>
    <message>
        <source>The agreement expires before it takes effect: correct one of the two dates.</source>
        <translation>De overeenkomst verloopt voordat die van kracht wordt: corrigeer een van de twee datums.</translation>
    </message>
    <message>
        <source>The agreement expires before it was signed: correct one of the two dates.</source>
        <translation>De overeenkomst verloopt voordat die is ondertekend: corrigeer een van de twee datums.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of Art. 28(3): use (a) to (h) or the notice of infringing instructions.</source>
        <translation>&quot;%1&quot; is geen onderdeel van art. 28 lid 3 AVG: gebruik a tot en met h of de melding van inbreukmakende instructies.</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; is listed twice: keep it once.</source>
        <translation>Het onderdeel &quot;%1&quot; staat er twee keer in: neem het maar één keer op.</translation>
    </message>
    <message>
        <source>Choose specific or general authorisation of sub-processors (Art. 28(2)), or leave it open.</source>
        <translation>Kies specifieke of algemene toestemming voor subverwerkers (art. 28 lid 2 AVG), of laat dit open.</translation>
    </message>
    <message>
        <source>The objection window cannot be negative: enter a number of days, or 0 when none is agreed.</source>
        <translation>De termijn voor bezwaar kan niet negatief zijn: vul een aantal dagen in, of 0 als er geen termijn is afgesproken.</translation>
    </message>
    <message>
        <source>The sub-processor notice in row %1 has no date of receipt: enter the day it arrived.</source>
        <translation>De wijzigingsmelding in rij %1 heeft geen ontvangstdatum: vul de dag in waarop die binnenkwam.</translation>
    </message>
    <message>
        <source>The sub-processor notice in row %1 has an unknown decision: choose pending, accepted or objected.</source>
        <translation>De wijzigingsmelding in rij %1 heeft een onbekende beslissing: kies in behandeling, geaccepteerd of bezwaar gemaakt.</translation>
    </message>
    <message>
        <source>The sub-processor notice in row %1 was decided before it was received: correct one of the two dates.</source>
        <translation>Over de wijzigingsmelding in rij %1 is beslist voordat die was ontvangen: corrigeer een van de twee datums.</translation>
    </message>
    <message>
        <source>Choose whether the data was deleted or returned at the end of the contract.</source>
        <translation>Kies of de gegevens aan het einde van de overeenkomst zijn verwijderd of teruggegeven.</translation>
    </message>
    <message>
        <source>Choose a status: draft, active or terminated.</source>
        <translation>Kies een status: concept, actief of beëindigd.</translation>
    </message>
    <message>
        <source>Choose how the agreement counts the objection window: calendar days, working days or days under Reg. 1182/71.</source>
        <translation>Kies hoe de overeenkomst de termijn voor bezwaar telt: kalenderdagen, werkdagen of dagen volgens Verordening 1182/71.</translation>
    </message>
    <message>
        <source>Choose whether the objection window starts when the notice is sent or when it is received.</source>
        <translation>Kies of de termijn voor bezwaar begint op de dag van verzending of op de dag van ontvangst van de melding.</translation>
    </message>
    <message>
        <source>The term for reporting a breach cannot be negative.</source>
        <translation>De termijn voor het melden van een datalek kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model this register knows: choose one from the list, or &quot;Another model&quot;.</source>
        <translation>&quot;%1&quot; is geen model dat dit register kent: kies er een uit de lijst, of &quot;Ander model&quot;.</translation>
    </message>
    <message>
        <source>The annex in row %1 has an unknown kind: choose one from the list.</source>
        <translation>De bijlage in rij %1 heeft een onbekende soort: kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>The report or certificate in row %1 has an unknown kind: choose one from the list.</source>
        <translation>Het rapport of certificaat in rij %1 heeft een onbekende soort: kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>The review in row %1 has no date: enter the day the supplier was reviewed.</source>
        <translation>De beoordeling in rij %1 heeft geen datum: vul de dag in waarop de leverancier is beoordeeld.</translation>
    </message>
    <message>
        <source>The review in row %1 has an unknown outcome: choose adequate, adequate with actions or inadequate.</source>
        <translation>De beoordeling in rij %1 heeft een onbekende uitkomst: kies toereikend, toereikend met acties of ontoereikend.</translation>
    </message>
    <message>
        <source>The report or certificate in row %1 ends before it was issued: correct one of the two dates.</source>
        <translation>Het rapport of certificaat in rij %1 verloopt vóór de datum van afgifte: corrigeer een van beide datums.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::AgreementRules</name>
    <message>
        <source>This agreement cannot sit below the one chosen as its parent: that agreement is already below this one, so the chain would loop. Choose another parent.</source>
        <translation>Deze overeenkomst kan niet onder de gekozen bovenliggende overeenkomst vallen: die overeenkomst valt al onder deze, zodat de keten een lus zou vormen. Kies een andere bovenliggende overeenkomst.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::Breach</name>
    <message>
        <source>Describe in a sentence what happened.</source>
        <translation>Beschrijf in één zin wat er is gebeurd.</translation>
    </message>
    <message>
        <source>Enter when the organisation became aware of the breach: the 72 hours count from that moment.</source>
        <translation>Vul in wanneer de organisatie kennis kreeg van het datalek: de 72 uur tellen vanaf dat moment.</translation>
    </message>
    <message>
        <source>The moment of awareness is outside the years the deadlines can be counted in.</source>
        <translation>Het moment van kennisname valt buiten de jaren waarin de termijnen kunnen worden berekend.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value this field takes.</source>
        <translation>&quot;%1&quot; is geen waarde die dit veld kan hebben.</translation>
    </message>
    <message>
        <source>The breach cannot end before it began.</source>
        <translation>Het datalek kan niet zijn geëindigd voordat het begon.</translation>
    </message>
    <message>
        <source>The breach cannot be discovered before it began.</source>
        <translation>Het datalek kan niet zijn ontdekt voordat het begon.</translation>
    </message>
    <message>
        <source>The organisation cannot be aware of the breach before it was discovered.</source>
        <translation>De organisatie kan geen kennis hebben gekregen van het datalek voordat het werd ontdekt.</translation>
    </message>
    <message>
        <source>The authority cannot be notified before the breach was discovered.</source>
        <translation>Het datalek kan niet bij de toezichthoudende autoriteit zijn gemeld voordat het werd ontdekt.</translation>
    </message>
    <message>
        <source>The data subjects cannot be informed before the breach was discovered.</source>
        <translation>De betrokkenen kunnen niet zijn geïnformeerd voordat het datalek werd ontdekt.</translation>
    </message>
    <message>
        <source>A number of people or records cannot be negative.</source>
        <translation>Een aantal personen of records kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The lowest estimate is higher than the highest.</source>
        <translation>De laagste schatting is hoger dan de hoogste.</translation>
    </message>
    <message>
        <source>Describe each follow-up action.</source>
        <translation>Beschrijf elke vervolgactie.</translation>
    </message>
    <message>
        <source>Choose the controller to notify.</source>
        <translation>Kies de verwerkingsverantwoordelijke die moet worden geïnformeerd.</translation>
    </message>
    <message>
        <source>The breach cannot be closed before the organisation became aware of it.</source>
        <translation>Het datalek kan niet zijn afgesloten voordat de organisatie er kennis van kreeg.</translation>
    </message>
    <message>
        <source>The data protection officer cannot be told of the breach before it was discovered.</source>
        <translation>De FG kan niet over het datalek zijn ingelicht voordat het ontdekt was.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address.</source>
        <translation>‘%1’ lijkt geen e-mailadres.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::Codes</name>
    <message>
        <source>Consent (Art. 6(1)(a))</source>
        <translation>Toestemming (art. 6 lid 1 onder a AVG)</translation>
    </message>
    <message>
        <source>Legal obligation (Art. 6(1)(c))</source>
        <translation>Wettelijke verplichting (art. 6 lid 1 onder c AVG)</translation>
    </message>
    <message>
        <source>Vital interests (Art. 6(1)(d))</source>
        <translation>Vitale belangen (art. 6 lid 1 onder d AVG)</translation>
    </message>
    <message>
        <source>Public task or official authority (Art. 6(1)(e))</source>
        <translation>Taak van algemeen belang of openbaar gezag (art. 6 lid 1 onder e AVG)</translation>
    </message>
    <message>
        <source>Legitimate interests (Art. 6(1)(f))</source>
        <translation>Gerechtvaardigd belang (art. 6 lid 1 onder f AVG)</translation>
    </message>
    <message>
        <source>Explicit consent (Art. 9(2)(a))</source>
        <translation>Uitdrukkelijke toestemming (art. 9 lid 2 onder a AVG)</translation>
    </message>
    <message>
        <source>Vital interests of a person unable to consent (Art. 9(2)(c))</source>
        <translation>Vitale belangen van iemand die geen toestemming kan geven (art. 9 lid 2 onder c AVG)</translation>
    </message>
    <message>
        <source>Manifestly made public by the data subject (Art. 9(2)(e))</source>
        <translation>Kennelijk openbaar gemaakt door de betrokkene (art. 9 lid 2 onder e AVG)</translation>
    </message>
    <message>
        <source>Legal claims or courts (Art. 9(2)(f))</source>
        <translation>Rechtsvorderingen of gerechten (art. 9 lid 2 onder f AVG)</translation>
    </message>
    <message>
        <source>Substantial public interest (Art. 9(2)(g))</source>
        <translation>Zwaarwegend algemeen belang (art. 9 lid 2 onder g AVG)</translation>
    </message>
    <message>
        <source>Public health (Art. 9(2)(i))</source>
        <translation>Volksgezondheid (art. 9 lid 2 onder i AVG)</translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation>Ras of etnische afkomst</translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation>Politieke opvattingen</translation>
    </message>
    <message>
        <source>Religious or philosophical beliefs</source>
        <translation>Religieuze of levensbeschouwelijke overtuigingen</translation>
    </message>
    <message>
        <source>Trade-union membership</source>
        <translation>Lidmaatschap van een vakbond</translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation>Genetische gegevens</translation>
    </message>
    <message>
        <source>Biometric data for unique identification</source>
        <translation>Biometrische gegevens voor unieke identificatie</translation>
    </message>
    <message>
        <source>Data concerning health</source>
        <translation>Gegevens over gezondheid</translation>
    </message>
    <message>
        <source>Sex life or sexual orientation</source>
        <translation>Seksueel gedrag of seksuele gerichtheid</translation>
    </message>
    <message>
        <source>Covert investigation</source>
        <translation>Heimelijk onderzoek</translation>
    </message>
    <message>
        <source>Blacklists</source>
        <translation>Zwarte lijsten</translation>
    </message>
    <message>
        <source>Fraud prevention</source>
        <translation>Fraudebestrijding</translation>
    </message>
    <message>
        <source>Credit scores</source>
        <translation>Creditscores</translation>
    </message>
    <message>
        <source>Financial situation</source>
        <translation>Financiële situatie</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>Gezondheidsgegevens</translation>
    </message>
    <message>
        <source>Partnerships sharing data</source>
        <translation>Samenwerkingsverbanden</translation>
    </message>
    <message>
        <source>Camera surveillance</source>
        <translation>Cameratoezicht</translation>
    </message>
    <message>
        <source>Flexible camera surveillance</source>
        <translation>Flexibel cameratoezicht</translation>
    </message>
    <message>
        <source>Employee monitoring</source>
        <translation>Controle van werknemers</translation>
    </message>
    <message>
        <source>Location data</source>
        <translation>Locatiegegevens</translation>
    </message>
    <message>
        <source>Communication data</source>
        <translation>Communicatiegegevens</translation>
    </message>
    <message>
        <source>Internet of things</source>
        <translation>Internet of things</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <source>Observing and influencing behaviour</source>
        <translation>Observatie en beïnvloeding van gedrag</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Biometrische gegevens</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation>DPIA verplicht</translation>
    </message>
    <message>
        <source>No DPIA required</source>
        <translation>Geen DPIA verplicht</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In uitvoering</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In beoordeling</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation>Subverwerker</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Internal recipient</source>
        <translation>Interne ontvanger</translation>
    </message>
    <message>
        <source>External recipient (third party)</source>
        <translation>Externe ontvanger (derde)</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Overheidsinstantie</translation>
    </message>
    <message>
        <source>Adequacy decision (Art. 45)</source>
        <translation>Adequaatheidsbesluit (art. 45 AVG)</translation>
    </message>
    <message>
        <source>EU-US Data Privacy Framework (Art. 45)</source>
        <translation>EU-VS Data Privacy Framework (DPF, art. 45 AVG)</translation>
    </message>
    <message>
        <source>Standard contractual clauses (Art. 46(2)(c))</source>
        <translation>Standaardcontractbepalingen (SCC, art. 46 lid 2 onder c AVG)</translation>
    </message>
    <message>
        <source>Derogation for a specific situation (Art. 49)</source>
        <translation>Afwijking voor een specifieke situatie (art. 49 AVG)</translation>
    </message>
    <message>
        <source>Module 1: controller to controller</source>
        <translation>Module 1: verwerkingsverantwoordelijke aan verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Module 2: controller to processor</source>
        <translation>Module 2: verwerkingsverantwoordelijke aan verwerker</translation>
    </message>
    <message>
        <source>Module 3: processor to processor</source>
        <translation>Module 3: verwerker aan verwerker</translation>
    </message>
    <message>
        <source>Module 4: processor to controller</source>
        <translation>Module 4: verwerker aan verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Statute</source>
        <translation>Wet</translation>
    </message>
    <message>
        <source>Regulator guidance</source>
        <translation>Advies van de toezichthouder</translation>
    </message>
    <message>
        <source>Own policy</source>
        <translation>Eigen beleid</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <source>Technical measure</source>
        <translation>Technische maatregel</translation>
    </message>
    <message>
        <source>Organisational measure</source>
        <translation>Organisatorische maatregel</translation>
    </message>
    <message>
        <source>Processing agreement</source>
        <translation>Verwerkersovereenkomst</translation>
    </message>
    <message>
        <source>Sub-processing agreement</source>
        <translation>Subverwerkersovereenkomst</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Processes only on documented instructions, including on transfers (Art. 28(3)(a))</source>
        <translation>Verwerkt alleen op basis van schriftelijke instructies, ook wat doorgiften betreft (art. 28 lid 3 onder a AVG)</translation>
    </message>
    <message>
        <source>Takes the security measures of Art. 32 (Art. 28(3)(c))</source>
        <translation>Neemt de beveiligingsmaatregelen van art. 32 AVG (art. 28 lid 3 onder c AVG)</translation>
    </message>
    <message>
        <source>Engages sub-processors only with authorisation and the same obligations (Art. 28(3)(d), 28(2) and 28(4))</source>
        <translation>Schakelt alleen subverwerkers in met toestemming en onder dezelfde verplichtingen (art. 28 lid 3 onder d, lid 2 en lid 4 AVG)</translation>
    </message>
    <message>
        <source>Assists with data-subject requests (Art. 28(3)(e))</source>
        <translation>Verleent bijstand bij verzoeken van betrokkenen (art. 28 lid 3 onder e AVG)</translation>
    </message>
    <message>
        <source>Assists with security, breaches, DPIAs and prior consultation, Arts. 32 to 36 (Art. 28(3)(f))</source>
        <translation>Verleent bijstand bij beveiliging, datalekken, DPIA&apos;s en voorafgaande raadpleging, art. 32 tot en met 36 AVG (art. 28 lid 3 onder f AVG)</translation>
    </message>
    <message>
        <source>General written authorisation (Art. 28(2))</source>
        <translation>Algemene schriftelijke toestemming (art. 28 lid 2 AVG)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Objected</source>
        <translation>Bezwaar gemaakt</translation>
    </message>
    <message>
        <source>Data deleted</source>
        <translation>Gegevens verwijderd</translation>
    </message>
    <message>
        <source>Contract with the data subject (Art. 6(1)(b))</source>
        <translation>Uitvoering van een overeenkomst met de betrokkene (art. 6 lid 1 onder b AVG)</translation>
    </message>
    <message>
        <source>Employment, social security or social protection law, or a collective agreement (Art. 9(2)(b))</source>
        <translation>Arbeidsrecht, socialezekerheids- en socialebeschermingsrecht of cao (art. 9 lid 2 onder b AVG)</translation>
    </message>
    <message>
        <source>Not-for-profit body with a political, philosophical, religious or trade-union aim, for its members (Art. 9(2)(d))</source>
        <translation>Stichting, vereniging of andere instantie zonder winstoogmerk op politiek, levensbeschouwelijk, godsdienstig of vakbondsgebied, voor haar leden (art. 9 lid 2 onder d AVG)</translation>
    </message>
    <message>
        <source>Preventive or occupational medicine, health or social care (Art. 9(2)(h))</source>
        <translation>Preventieve of arbeidsgeneeskunde, gezondheidszorg of sociale diensten (art. 9 lid 2 onder h AVG)</translation>
    </message>
    <message>
        <source>Archiving in the public interest, scientific or historical research, statistics (Art. 9(2)(j))</source>
        <translation>Archivering in het algemeen belang, wetenschappelijk of historisch onderzoek, statistiek (art. 9 lid 2 onder j AVG)</translation>
    </message>
    <message>
        <source>Binding corporate rules (Art. 46(2)(b), Art. 47)</source>
        <translation>Bindende bedrijfsvoorschriften (art. 46 lid 2 onder b en art. 47 AVG)</translation>
    </message>
    <message>
        <source>Ensures that persons authorised to process the data are bound to confidentiality (Art. 28(3)(b))</source>
        <translation>Waarborgt dat gemachtigde personen tot vertrouwelijkheid zijn verplicht (art. 28 lid 3 onder b AVG)</translation>
    </message>
    <message>
        <source>Deletes or returns all data at the end, at the controller&apos;s choice, and deletes existing copies unless law requires storage (Art. 28(3)(g))</source>
        <translation>Wist na afloop naar keuze van de verwerkingsverantwoordelijke alle gegevens of geeft ze terug, en verwijdert bestaande kopieën, tenzij opslag wettelijk verplicht is (art. 28 lid 3 onder g AVG)</translation>
    </message>
    <message>
        <source>Makes information available and allows for and contributes to audits, including inspections (Art. 28(3)(h))</source>
        <translation>Stelt informatie ter beschikking en maakt audits, waaronder inspecties, mogelijk en draagt eraan bij (art. 28 lid 3 onder h AVG)</translation>
    </message>
    <message>
        <source>Notice of instructions that infringe the GDPR or other data protection provisions (Art. 28(3) second subparagraph)</source>
        <translation>Melding van instructies die inbreuk maken op de AVG of andere gegevensbeschermingsbepalingen (art. 28 lid 3, tweede alinea AVG)</translation>
    </message>
    <message>
        <source>Prior specific written authorisation (Art. 28(2))</source>
        <translation>Voorafgaande specifieke schriftelijke toestemming (art. 28 lid 2 AVG)</translation>
    </message>
    <message>
        <source>DPO appointed as required (Art. 37(1))</source>
        <translation>FG aangesteld, want verplicht (art. 37 lid 1 AVG)</translation>
    </message>
    <message>
        <source>DPO appointed voluntarily</source>
        <translation>FG vrijwillig aangesteld</translation>
    </message>
    <message>
        <source>No DPO required (Art. 37(1))</source>
        <translation>Geen FG verplicht (art. 37 lid 1 AVG)</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>Kalenderdagen</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <source>Days, moved past weekends and holidays (Reg. 1182/71)</source>
        <translation>Dagen, verschoven voorbij weekenden en feestdagen (Verordening 1182/71)</translation>
    </message>
    <message>
        <source>From the day the notice was sent</source>
        <translation>Vanaf de dag van verzending van de melding</translation>
    </message>
    <message>
        <source>From the day the notice was received</source>
        <translation>Vanaf de dag van ontvangst van de melding</translation>
    </message>
    <message>
        <source>Necessary for a contract with the data subject (Art. 22(2)(a))</source>
        <translation>Noodzakelijk voor een overeenkomst met de betrokkene (art. 22 lid 2 onder a AVG)</translation>
    </message>
    <message>
        <source>Authorised by Union or Member State law (Art. 22(2)(b))</source>
        <translation>Toegestaan bij Unierecht of lidstatelijk recht (art. 22 lid 2 onder b AVG)</translation>
    </message>
    <message>
        <source>Explicit consent (Art. 22(2)(c))</source>
        <translation>Uitdrukkelijke toestemming (art. 22 lid 2 onder c AVG)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Evaluation or scoring</source>
        <translation>Evaluatie of scoretoekenning</translation>
    </message>
    <message>
        <source>Systematic monitoring</source>
        <translation>Stelselmatige monitoring</translation>
    </message>
    <message>
        <source>Sensitive or highly personal data</source>
        <translation>Gevoelige gegevens of gegevens van zeer persoonlijke aard</translation>
    </message>
    <message>
        <source>Data processed on a large scale</source>
        <translation>Grootschalige verwerking</translation>
    </message>
    <message>
        <source>Matching or combining data sets</source>
        <translation>Koppelen of combineren van datasets</translation>
    </message>
    <message>
        <source>Data concerning vulnerable data subjects</source>
        <translation>Gegevens over kwetsbare betrokkenen</translation>
    </message>
    <message>
        <source>Innovative use or new technological solutions</source>
        <translation>Innovatief gebruik of nieuwe technologische oplossingen</translation>
    </message>
    <message>
        <source>Disclosed under a legal obligation (recipient)</source>
        <translation>Verstrekt op grond van een wettelijke plicht (ontvanger)</translation>
    </message>
    <message>
        <source>Only in a particular inquiry (not a recipient, Art. 4(9))</source>
        <translation>Alleen in een specifiek onderzoek (geen ontvanger, art. 4 onder 9 AVG)</translation>
    </message>
    <message>
        <source>At least (a duty to keep)</source>
        <translation>Ten minste (een bewaarplicht)</translation>
    </message>
    <message>
        <source>At most (keep no longer)</source>
        <translation>Ten hoogste (niet langer bewaren)</translation>
    </message>
    <message>
        <source>Exactly (delete at the end)</source>
        <translation>Precies (aan het einde verwijderen)</translation>
    </message>
    <message>
        <source>Automated decisions with legal or similar effect</source>
        <translation>Geautomatiseerde besluiten met (vergelijkbare) rechtsgevolgen</translation>
    </message>
    <message>
        <source>Prevents exercising a right or using a service</source>
        <translation>Verhindert uitoefening van een recht of gebruik van een dienst</translation>
    </message>
    <message>
        <source>Explicit consent after being informed of the risks (Art. 49(1)(a))</source>
        <translation>Uitdrukkelijke toestemming na informatie over de risico&apos;s (art. 49 lid 1 onder a AVG)</translation>
    </message>
    <message>
        <source>Necessary for a contract with the data subject (Art. 49(1)(b))</source>
        <translation>Noodzakelijk voor een overeenkomst met de betrokkene (art. 49 lid 1 onder b AVG)</translation>
    </message>
    <message>
        <source>Necessary for a contract in the data subject&apos;s interest (Art. 49(1)(c))</source>
        <translation>Noodzakelijk voor een overeenkomst in het belang van de betrokkene (art. 49 lid 1 onder c AVG)</translation>
    </message>
    <message>
        <source>Important reasons of public interest (Art. 49(1)(d))</source>
        <translation>Gewichtige redenen van algemeen belang (art. 49 lid 1 onder d AVG)</translation>
    </message>
    <message>
        <source>Legal claims (Art. 49(1)(e))</source>
        <translation>Rechtsvorderingen (art. 49 lid 1 onder e AVG)</translation>
    </message>
    <message>
        <source>Vital interests of a person unable to consent (Art. 49(1)(f))</source>
        <translation>Vitale belangen van iemand die geen toestemming kan geven (art. 49 lid 1 onder f AVG)</translation>
    </message>
    <message>
        <source>From a public register (Art. 49(1)(g))</source>
        <translation>Uit een openbaar register (art. 49 lid 1 onder g AVG)</translation>
    </message>
    <message>
        <source>Compelling legitimate interests (Art. 49(1), second subparagraph)</source>
        <translation>Dwingende gerechtvaardigde belangen (art. 49 lid 1, tweede alinea AVG)</translation>
    </message>
    <message>
        <source>Data returned, copies deleted</source>
        <translation>Gegevens teruggegeven, kopieën verwijderd</translation>
    </message>
    <message>
        <source>Data returned, copies not yet deleted</source>
        <translation>Gegevens teruggegeven, kopieën nog niet verwijderd</translation>
    </message>
    <message>
        <source>Kept because a law requires it</source>
        <translation>Bewaard omdat een wet dat vereist</translation>
    </message>
    <message>
        <source>Instrument between public authorities (Art. 46(2)(a))</source>
        <translation>Instrument tussen overheidsinstanties (art. 46 lid 2 onder a AVG)</translation>
    </message>
    <message>
        <source>Clauses adopted by a supervisory authority (Art. 46(2)(d))</source>
        <translation>Bepalingen vastgesteld door een toezichthoudende autoriteit (art. 46 lid 2 onder d AVG)</translation>
    </message>
    <message>
        <source>Code of conduct with binding commitments (Art. 46(2)(e))</source>
        <translation>Gedragscode met bindende toezeggingen (art. 46 lid 2 onder e AVG)</translation>
    </message>
    <message>
        <source>Certification with binding commitments (Art. 46(2)(f))</source>
        <translation>Certificering met bindende toezeggingen (art. 46 lid 2 onder f AVG)</translation>
    </message>
    <message>
        <source>Contractual clauses authorised by the supervisory authority (Art. 46(3)(a))</source>
        <translation>Contractbepalingen met toestemming van de toezichthoudende autoriteit (art. 46 lid 3 onder a AVG)</translation>
    </message>
    <message>
        <source>Administrative arrangement authorised by the supervisory authority (Art. 46(3)(b))</source>
        <translation>Administratieve regeling met toestemming van de toezichthoudende autoriteit (art. 46 lid 3 onder b AVG)</translation>
    </message>
    <message>
        <source>Other safeguards of Art. 46, not said which</source>
        <translation>Andere waarborgen van art. 46 AVG, niet gezegd welke</translation>
    </message>
    <message>
        <source>Access (Art. 15)</source>
        <translation>Inzage (art. 15)</translation>
    </message>
    <message>
        <source>Rectification (Art. 16)</source>
        <translation>Rectificatie (art. 16)</translation>
    </message>
    <message>
        <source>Erasure (Art. 17)</source>
        <translation>Gegevenswissing (art. 17)</translation>
    </message>
    <message>
        <source>Restriction of processing (Art. 18)</source>
        <translation>Beperking van de verwerking (art. 18)</translation>
    </message>
    <message>
        <source>Data portability (Art. 20)</source>
        <translation>Overdraagbaarheid van gegevens (art. 20)</translation>
    </message>
    <message>
        <source>Objection (Art. 21(1))</source>
        <translation>Bezwaar (art. 21 lid 1)</translation>
    </message>
    <message>
        <source>Objection to direct marketing (Art. 21(2))</source>
        <translation>Bezwaar tegen direct marketing (art. 21 lid 2)</translation>
    </message>
    <message>
        <source>Not to be subject to an automated decision (Art. 22)</source>
        <translation>Niet onderworpen worden aan geautomatiseerde individuele besluitvorming (art. 22)</translation>
    </message>
    <message>
        <source>Withdrawal of consent (Art. 7(3))</source>
        <translation>Intrekking van toestemming (art. 7 lid 3)</translation>
    </message>
    <message>
        <source>Information about the processing (Arts. 13 and 14)</source>
        <translation>Informatie over de verwerking (art. 13 en 14)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformulier</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <source>Through a processor</source>
        <translation>Via een verwerker</translation>
    </message>
    <message>
        <source>Through another controller</source>
        <translation>Via een andere verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Verifying identity</source>
        <translation>Identiteit controleren</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>The data subject</source>
        <translation>De betrokkene</translation>
    </message>
    <message>
        <source>A representative</source>
        <translation>Een vertegenwoordiger</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Volmacht</translation>
    </message>
    <message>
        <source>Parental authority (child under 16)</source>
        <translation>Ouderlijk gezag (kind jonger dan 16)</translation>
    </message>
    <message>
        <source>Guardian, curator or mentor</source>
        <translation>Voogd, curator of mentor</translation>
    </message>
    <message>
        <source>Other mandate</source>
        <translation>Andere machtiging</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>The complexity of the request (Art. 12(3))</source>
        <translation>De complexiteit van het verzoek (art. 12 lid 3)</translation>
    </message>
    <message>
        <source>The number of requests (Art. 12(3))</source>
        <translation>Het aantal verzoeken (art. 12 lid 3)</translation>
    </message>
    <message>
        <source>Complexity and number of requests (Art. 12(3))</source>
        <translation>Complexiteit en aantal verzoeken (art. 12 lid 3)</translation>
    </message>
    <message>
        <source>A reasonable fee charged (Art. 12(5)(a))</source>
        <translation>Een redelijke vergoeding gevraagd (art. 12 lid 5 onder a)</translation>
    </message>
    <message>
        <source>Refused to act (Art. 12(5)(b))</source>
        <translation>Geweigerd gevolg te geven aan het verzoek (art. 12 lid 5 onder b)</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Nog niet beslist</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Gedeeltelijk toegewezen</translation>
    </message>
    <message>
        <source>No personal data found</source>
        <translation>Geen persoonsgegevens gevonden</translation>
    </message>
    <message>
        <source>Rights and freedoms of others (Art. 15(4))</source>
        <translation>Rechten en vrijheden van anderen (art. 15 lid 4)</translation>
    </message>
    <message>
        <source>Freedom of expression and information (Art. 17(3)(a))</source>
        <translation>Vrijheid van meningsuiting en informatie (art. 17 lid 3 onder a)</translation>
    </message>
    <message>
        <source>Legal obligation or public task (Art. 17(3)(b))</source>
        <translation>Wettelijke verplichting of taak van algemeen belang (art. 17 lid 3 onder b)</translation>
    </message>
    <message>
        <source>Public health (Art. 17(3)(c))</source>
        <translation>Volksgezondheid (art. 17 lid 3 onder c)</translation>
    </message>
    <message>
        <source>Archiving, research or statistics (Art. 17(3)(d))</source>
        <translation>Archivering, onderzoek of statistiek (art. 17 lid 3 onder d)</translation>
    </message>
    <message>
        <source>Legal claims (Art. 17(3)(e))</source>
        <translation>Rechtsvorderingen (art. 17 lid 3 onder e)</translation>
    </message>
    <message>
        <source>Compelling legitimate grounds (Art. 21(1))</source>
        <translation>Dwingende gerechtvaardigde gronden (art. 21 lid 1)</translation>
    </message>
    <message>
        <source>The conditions of Art. 20(1) are not met</source>
        <translation>Aan de voorwaarden van art. 20 lid 1 is niet voldaan</translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive (Art. 12(5))</source>
        <translation>Kennelijk ongegrond of buitensporig (art. 12 lid 5)</translation>
    </message>
    <message>
        <source>The data subject cannot be identified (Art. 11(2))</source>
        <translation>De betrokkene kan niet worden geïdentificeerd (art. 11 lid 2)</translation>
    </message>
    <message>
        <source>A restriction under Art. 23 GDPR (UAVG art. 41)</source>
        <translation>Een beperking op grond van art. 23 AVG (art. 41 UAVG)</translation>
    </message>
    <message>
        <source>Another legal ground</source>
        <translation>Een andere wettelijke grond</translation>
    </message>
    <message>
        <source>The purposes (Art. 15(1)(a))</source>
        <translation>De verwerkingsdoeleinden (art. 15 lid 1 onder a)</translation>
    </message>
    <message>
        <source>The categories of personal data (Art. 15(1)(b))</source>
        <translation>De categorieën van persoonsgegevens (art. 15 lid 1 onder b)</translation>
    </message>
    <message>
        <source>The recipients, by name (Art. 15(1)(c))</source>
        <translation>De ontvangers, bij naam (art. 15 lid 1 onder c)</translation>
    </message>
    <message>
        <source>The retention period or its criteria (Art. 15(1)(d))</source>
        <translation>De bewaartermijn of de criteria daarvoor (art. 15 lid 1 onder d)</translation>
    </message>
    <message>
        <source>The rights to rectification, erasure, restriction and objection (Art. 15(1)(e))</source>
        <translation>Het recht op rectificatie, gegevenswissing en beperking van de verwerking en het recht van bezwaar (art. 15 lid 1 onder e)</translation>
    </message>
    <message>
        <source>The right to lodge a complaint with the supervisory authority (Art. 15(1)(f))</source>
        <translation>Het recht om een klacht in te dienen bij de toezichthoudende autoriteit (art. 15 lid 1 onder f)</translation>
    </message>
    <message>
        <source>The source of the data (Art. 15(1)(g))</source>
        <translation>De bron van de gegevens (art. 15 lid 1 onder g)</translation>
    </message>
    <message>
        <source>Automated decisions, their logic and consequences (Art. 15(1)(h))</source>
        <translation>Geautomatiseerde besluitvorming, de onderliggende logica en de gevolgen (art. 15 lid 1 onder h)</translation>
    </message>
    <message>
        <source>The safeguards of transfers outside the EEA (Art. 15(2))</source>
        <translation>De passende waarborgen bij doorgifte buiten de EER (art. 15 lid 2)</translation>
    </message>
    <message>
        <source>A copy of the personal data (Art. 15(3))</source>
        <translation>Een kopie van de persoonsgegevens (art. 15 lid 3)</translation>
    </message>
    <message>
        <source>Secure e-mail</source>
        <translation>Beveiligde e-mail</translation>
    </message>
    <message>
        <source>Download portal</source>
        <translation>Downloadportaal</translation>
    </message>
    <message>
        <source>An employee</source>
        <translation>Een medewerker</translation>
    </message>
    <message>
        <source>A processor</source>
        <translation>Een verwerker</translation>
    </message>
    <message>
        <source>A data subject</source>
        <translation>Een betrokkene</translation>
    </message>
    <message>
        <source>A security researcher</source>
        <translation>Een beveiligingsonderzoeker</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>De politie</translation>
    </message>
    <message>
        <source>The press</source>
        <translation>De pers</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Read (confidentiality)</source>
        <translation>Lezen (vertrouwelijkheid)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Altered (integrity)</source>
        <translation>Veranderen (integriteit)</translation>
    </message>
    <message>
        <source>Deleted or destroyed (availability)</source>
        <translation>Verwijderen of vernietigen (beschikbaarheid)</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Diefstal</translation>
    </message>
    <message>
        <source>Device lost</source>
        <translation>Apparaat verloren</translation>
    </message>
    <message>
        <source>Device stolen</source>
        <translation>Apparaat gestolen</translation>
    </message>
    <message>
        <source>Paper lost or stolen</source>
        <translation>Papieren stukken verloren of gestolen</translation>
    </message>
    <message>
        <source>Letter sent to the wrong person</source>
        <translation>Brief naar de verkeerde ontvanger gestuurd</translation>
    </message>
    <message>
        <source>E-mail sent to the wrong person</source>
        <translation>E-mail naar de verkeerde ontvanger gestuurd</translation>
    </message>
    <message>
        <source>Hacking</source>
        <translation>Hacking</translation>
    </message>
    <message>
        <source>Malware or ransomware</source>
        <translation>Malware of ransomware</translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation>Phishing</translation>
    </message>
    <message>
        <source>Access by an unauthorised employee</source>
        <translation>Toegang door een onbevoegde medewerker</translation>
    </message>
    <message>
        <source>Published by mistake</source>
        <translation>Per ongeluk gepubliceerd</translation>
    </message>
    <message>
        <source>Disposed of improperly</source>
        <translation>Op onjuiste wijze afgevoerd</translation>
    </message>
    <message>
        <source>Human error</source>
        <translation>Menselijke fout</translation>
    </message>
    <message>
        <source>Technical failure</source>
        <translation>Technische storing</translation>
    </message>
    <message>
        <source>Malicious act</source>
        <translation>Kwaadwillige handeling</translation>
    </message>
    <message>
        <source>Names, addresses and places of residence</source>
        <translation>Naam-, adres- en woonplaatsgegevens (NAW)</translation>
    </message>
    <message>
        <source>Telephone numbers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <source>E-mail or other electronic addresses</source>
        <translation>E-mailadressen of andere elektronische adressen</translation>
    </message>
    <message>
        <source>Access or identification data (user names, passwords)</source>
        <translation>Toegangs- of identificatiegegevens (gebruikersnamen, wachtwoorden)</translation>
    </message>
    <message>
        <source>Financial data (account numbers, credit card numbers)</source>
        <translation>Financiële gegevens (rekeningnummers, creditcardnummers)</translation>
    </message>
    <message>
        <source>Copies of passports or other identity documents</source>
        <translation>Kopieën van paspoorten of andere identiteitsbewijzen</translation>
    </message>
    <message>
        <source>Sex, date of birth or age</source>
        <translation>Geslacht, geboortedatum of leeftijd</translation>
    </message>
    <message>
        <source>Citizen service numbers (BSN)</source>
        <translation>Burgerservicenummers (BSN)</translation>
    </message>
    <message>
        <source>Special categories of personal data (Art. 9)</source>
        <translation>Bijzondere categorieën van persoonsgegevens (art. 9)</translation>
    </message>
    <message>
        <source>Criminal convictions and offences (Art. 10)</source>
        <translation>Strafrechtelijke persoonsgegevens (art. 10)</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Andere gegevens</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patiënten</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Werknemers</translation>
    </message>
    <message>
        <source>Other vulnerable people</source>
        <translation>Andere kwetsbare personen</translation>
    </message>
    <message>
        <source>Identity fraud</source>
        <translation>Identiteitsfraude</translation>
    </message>
    <message>
        <source>Financial loss</source>
        <translation>Financiële schade</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discriminatie</translation>
    </message>
    <message>
        <source>Damage to reputation</source>
        <translation>Reputatieschade</translation>
    </message>
    <message>
        <source>Loss of data under professional secrecy</source>
        <translation>Verlies van gegevens die onder een beroepsgeheim vallen</translation>
    </message>
    <message>
        <source>Fear of misuse (immaterial damage)</source>
        <translation>Angst voor misbruik (immateriële schade)</translation>
    </message>
    <message>
        <source>Physical harm</source>
        <translation>Lichamelijk letsel</translation>
    </message>
    <message>
        <source>Other harm</source>
        <translation>Andere schade</translation>
    </message>
    <message>
        <source>Unlikely to result in a risk (Art. 33(1))</source>
        <translation>Leidt waarschijnlijk niet tot een risico (art. 33 lid 1)</translation>
    </message>
    <message>
        <source>A risk to people&apos;s rights and freedoms</source>
        <translation>Een risico voor de rechten en vrijheden van personen</translation>
    </message>
    <message>
        <source>A high risk (Art. 34(1))</source>
        <translation>Een hoog risico (art. 34 lid 1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>First notification</source>
        <translation>Eerste melding</translation>
    </message>
    <message>
        <source>Supplemented</source>
        <translation>Aangevuld</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>The data were unintelligible, for example encrypted (Art. 34(3)(a))</source>
        <translation>De gegevens waren onbegrijpelijk, bijvoorbeeld door versleuteling (art. 34 lid 3 onder a)</translation>
    </message>
    <message>
        <source>Later measures removed the high risk (Art. 34(3)(b))</source>
        <translation>Latere maatregelen hebben het hoge risico weggenomen (art. 34 lid 3 onder b)</translation>
    </message>
    <message>
        <source>Disproportionate effort: a public communication instead (Art. 34(3)(c))</source>
        <translation>Onevenredige inspanning: in plaats daarvan een openbare mededeling (art. 34 lid 3 onder c)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Prospective customers and business contacts</source>
        <translation>Potentiële klanten en zakelijke contacten</translation>
    </message>
    <message>
        <source>Website visitors</source>
        <translation>Websitebezoekers</translation>
    </message>
    <message>
        <source>Job applicants</source>
        <translation>Sollicitanten</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Leveranciers</translation>
    </message>
    <message>
        <source>A statutory requirement</source>
        <translation>Een wettelijke verplichting</translation>
    </message>
    <message>
        <source>A contractual requirement</source>
        <translation>Een contractuele verplichting</translation>
    </message>
    <message>
        <source>A requirement necessary to enter into a contract</source>
        <translation>Noodzakelijk om een overeenkomst te sluiten</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Vrijwillig</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Bij naam</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per categorie</translation>
    </message>
    <message>
        <source>Strictly necessary</source>
        <translation>Strikt noodzakelijk</translation>
    </message>
    <message>
        <source>Preferences (with consent)</source>
        <translation>Voorkeuren (met toestemming)</translation>
    </message>
    <message>
        <source>Analytics with little impact on privacy (no consent)</source>
        <translation>Analytisch met weinig gevolgen voor de privacy (zonder toestemming)</translation>
    </message>
    <message>
        <source>Analytics (with consent)</source>
        <translation>Analytisch (met toestemming)</translation>
    </message>
    <message>
        <source>Marketing and tracking (with consent)</source>
        <translation>Marketing en tracking (met toestemming)</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Local storage</source>
        <translation>Lokale opslag</translation>
    </message>
    <message>
        <source>Tracking pixel</source>
        <translation>Trackingpixel</translation>
    </message>
    <message>
        <source>Third-party script</source>
        <translation>Script van een derde</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>E-mail with every recipient visible (To or Cc instead of Bcc)</source>
        <translation>E-mail met alle ontvangers zichtbaar (Aan of Cc in plaats van Bcc)</translation>
    </message>
    <message>
        <source>Post returned opened</source>
        <translation>Post geopend retour gekomen</translation>
    </message>
    <message>
        <source>Post lost</source>
        <translation>Post zoekgeraakt</translation>
    </message>
    <message>
        <source>Access rights given wrongly or not withdrawn</source>
        <translation>Toegangsrechten onjuist toegekend of niet ingetrokken</translation>
    </message>
    <message>
        <source>Personal data open on a shared drive or online folder</source>
        <translation>Persoonsgegevens open op een gedeelde schijf of online map</translation>
    </message>
    <message>
        <source>Wrong file or attachment sent</source>
        <translation>Verkeerd bestand of verkeerde bijlage verstuurd</translation>
    </message>
    <message>
        <source>Not known yet which data</source>
        <translation>Nog onbekend welke gegevens</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Voorlopig</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitief</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation>Krant</translation>
    </message>
    <message>
        <source>Other means</source>
        <translation>Ander middel</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Gegrond</translation>
    </message>
    <message>
        <source>Partly upheld</source>
        <translation>Deels gegrond</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ongegrond</translation>
    </message>
    <message>
        <source>Inadmissible</source>
        <translation>Niet-ontvankelijk</translation>
    </message>
    <message>
        <source>Standard processing agreement for municipalities (VNG)</source>
        <translation>Standaard verwerkersovereenkomst gemeenten (VNG)</translation>
    </message>
    <message>
        <source>Education model processing agreement 4.0 (privacy covenant)</source>
        <translation>Model verwerkersovereenkomst 4.0 (Privacyconvenant onderwijs)</translation>
    </message>
    <message>
        <source>General education model processing agreement</source>
        <translation>Algemeen model verwerkersovereenkomst onderwijs</translation>
    </message>
    <message>
        <source>NLdigital Data Pro Code</source>
        <translation>NLdigital Data Pro Code</translation>
    </message>
    <message>
        <source>ARVODI-2018 (central government)</source>
        <translation>ARVODI-2018 (Rijksoverheid)</translation>
    </message>
    <message>
        <source>ARVODI-2018 with the Police Data Act (Wpg)</source>
        <translation>ARVODI-2018 met de Wet politiegegevens (Wpg)</translation>
    </message>
    <message>
        <source>Our own model</source>
        <translation>Eigen model</translation>
    </message>
    <message>
        <source>The supplier&apos;s model</source>
        <translation>Model van de leverancier</translation>
    </message>
    <message>
        <source>Another model</source>
        <translation>Ander model</translation>
    </message>
    <message>
        <source>Privacy insert (per product)</source>
        <translation>Privacybijsluiter (per product)</translation>
    </message>
    <message>
        <source>Security annex</source>
        <translation>Beveiligingsbijlage</translation>
    </message>
    <message>
        <source>Data Pro Statement</source>
        <translation>Data Pro Statement</translation>
    </message>
    <message>
        <source>List of sub-processors</source>
        <translation>Lijst van subverwerkers</translation>
    </message>
    <message>
        <source>Specification of the processing</source>
        <translation>Specificatie van de verwerking</translation>
    </message>
    <message>
        <source>Other annex</source>
        <translation>Andere bijlage</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 certificate</source>
        <translation>ISO/IEC 27001-certificaat</translation>
    </message>
    <message>
        <source>NEN 7510 certificate</source>
        <translation>NEN 7510-certificaat</translation>
    </message>
    <message>
        <source>ISAE 3402 report</source>
        <translation>ISAE 3402-rapport</translation>
    </message>
    <message>
        <source>SOC 2 report</source>
        <translation>SOC 2-rapport</translation>
    </message>
    <message>
        <source>Third-party memorandum (TPM)</source>
        <translation>Third Party Mededeling (TPM)</translation>
    </message>
    <message>
        <source>Rosa check (education)</source>
        <translation>Rosa-toets (onderwijs)</translation>
    </message>
    <message>
        <source>Data Pro certificate</source>
        <translation>Data Pro-certificaat</translation>
    </message>
    <message>
        <source>Privacy Audit Proof</source>
        <translation>Privacy Audit Proof</translation>
    </message>
    <message>
        <source>Other report or certificate</source>
        <translation>Ander rapport of certificaat</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Toereikend</translation>
    </message>
    <message>
        <source>Adequate with actions</source>
        <translation>Toereikend met acties</translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation>Ontoereikend</translation>
    </message>
    <message>
        <source>Register of processing activities</source>
        <translation>Register van verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Processing activity sheet</source>
        <translation>Overzicht verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Processing as a processor</source>
        <translation>Verwerkingen als verwerker</translation>
    </message>
    <message>
        <source>Processing agreements and sub-processors</source>
        <translation>Verwerkersovereenkomsten en subverwerkers</translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation>Doorgiften naar derde landen</translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Completeness findings</source>
        <translation>Bevindingen van de volledigheidscontrole</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>Data-subject request log</source>
        <translation>Logboek van verzoeken van betrokkenen</translation>
    </message>
    <message>
        <source>Breach register</source>
        <translation>Register van datalekken</translation>
    </message>
    <message>
        <source>Register for the AP (Art. 30(4))</source>
        <translation>Register voor de AP (art. 30 lid 4)</translation>
    </message>
    <message>
        <source>Breach answers for the AP&apos;s form</source>
        <translation>Datalek: antwoorden voor de AP</translation>
    </message>
    <message>
        <source>Audit dossier</source>
        <translation>Auditdossier</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::ControlReference</name>
    <message>
        <source>Enter the framework the control belongs to (such as NOREA PCF).</source>
        <translation>Vul het normenkader in waartoe de norm behoort (zoals NOREA PCF).</translation>
    </message>
    <message>
        <source>Enter the control&apos;s code as the framework numbers it.</source>
        <translation>Vul de code van de norm in zoals het normenkader haar nummert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of report.</source>
        <translation>&quot;%1&quot; is geen soort rapport.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::Cookie</name>
    <message>
        <source>Until the browser is closed</source>
        <translation>Tot de browser wordt gesloten</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of the cookie or technique, as the browser shows it (such as &quot;_ga&quot;).</source>
        <translation>Vul de naam van het cookie of de techniek in, zoals de browser die toont (bijvoorbeeld &quot;_ga&quot;).</translation>
    </message>
    <message>
        <source>Choose what it is: a cookie, local storage, a pixel or a script.</source>
        <translation>Kies wat het is: een cookie, lokale opslag, een pixel of een script.</translation>
    </message>
    <message>
        <source>Choose the category: strictly necessary, preferences, analytics (with or without consent) or marketing.</source>
        <translation>Kies de categorie: strikt noodzakelijk, voorkeuren, analytisch (met of zonder toestemming) of marketing.</translation>
    </message>
    <message>
        <source>Choose the unit of the lifetime: days, weeks, months or years.</source>
        <translation>Kies de eenheid van de levensduur: dagen, weken, maanden of jaren.</translation>
    </message>
    <message>
        <source>Say in what unit the lifetime is counted.</source>
        <translation>Geef aan in welke eenheid de levensduur wordt geteld.</translation>
    </message>
    <message>
        <source>A session cookie is gone when the browser closes: clear the lifetime, or say it is not a session cookie.</source>
        <translation>Een sessiecookie verdwijnt als de browser sluit: maak de levensduur leeg, of geef aan dat het geen sessiecookie is.</translation>
    </message>
    <message>
        <source>A lifetime cannot be negative.</source>
        <translation>Een levensduur kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, such as US.</source>
        <translation>Gebruik de landcode van twee letters, zoals US.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::ExtraFields</name>
    <message>
        <source>An item keeps at most %1 extra fields from imports; this one has %2. Map the columns of the file to the register&apos;s fields, or leave some out.</source>
        <translation>Een item bewaart ten hoogste %1 extra velden uit imports; dit item heeft er %2. Koppel de kolommen van het bestand aan de velden van het register, of laat er een aantal weg.</translation>
    </message>
    <message>
        <source>An extra field from an import has no name.</source>
        <translation>Een extra veld uit een import heeft geen naam.</translation>
    </message>
    <message>
        <source>The extra field &quot;%1&quot; holds %2 characters; a spreadsheet cell, and so an extra field, holds at most %3.</source>
        <translation>Het extra veld ‘%1’ bevat %2 tekens; een cel van een spreadsheet, en dus een extra veld, bevat er ten hoogste %3.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::LegalHold</name>
    <message>
        <source>Enter a title for the hold, such as the dispute or inquiry it is for.</source>
        <translation>Geef de bewaarblokkade een titel, zoals het geschil of onderzoek waarvoor ze geldt.</translation>
    </message>
    <message>
        <source>Choose the retention rule whose deletion is suspended, the processing activity the records belong to, or both.</source>
        <translation>Kies de bewaarregel waarvan de verwijdering wordt opgeschort, de verwerkingsactiviteit waartoe de gegevens behoren, of beide.</translation>
    </message>
    <message>
        <source>Enter the day the hold started: its yearly review is counted from it.</source>
        <translation>Vul de dag in waarop de bewaarblokkade inging: de jaarlijkse herbeoordeling wordt daarvanaf geteld.</translation>
    </message>
    <message>
        <source>The last review cannot be before the hold started.</source>
        <translation>De laatste herbeoordeling kan niet vóór de ingang van de bewaarblokkade liggen.</translation>
    </message>
    <message>
        <source>The hold cannot be released before it started.</source>
        <translation>De bewaarblokkade kan niet worden opgeheven vóór ze inging.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::Organisation</name>
    <message>
        <source>Enter the organisation&apos;s name: Art. 30(1)(a) requires it in the register.</source>
        <translation>Voer de naam van de organisatie in: art. 30 lid 1 onder a AVG vereist die in het register.</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Use the form name@example.nl.</source>
        <translation>Dit is geen e-mailadres. Gebruik de vorm naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>This is not a telephone number. Use digits, spaces and an optional leading +.</source>
        <translation>Dit is geen telefoonnummer. Gebruik cijfers, spaties en eventueel een + aan het begin.</translation>
    </message>
    <message>
        <source>Add contact details (an address, e-mail or telephone): Art. 30(1)(a) asks for them.</source>
        <translation>Vul contactgegevens in (een adres, e-mailadres of telefoonnummer): art. 30 lid 1 onder a AVG vraagt daarom.</translation>
    </message>
    <message>
        <source>Add how the data protection officer can be reached.</source>
        <translation>Vul in hoe de functionaris voor gegevensbescherming bereikbaar is.</translation>
    </message>
    <message>
        <source>A Dutch Chamber of Commerce (KvK) number has eight digits.</source>
        <translation>Een KvK-nummer (Kamer van Koophandel) heeft acht cijfers.</translation>
    </message>
    <message>
        <source>A Dutch postal code looks like 1234 AB.</source>
        <translation>Een Nederlandse postcode ziet eruit als 1234 AB.</translation>
    </message>
    <message>
        <source>The joint controller in row %1 has no name.</source>
        <translation>De gezamenlijke verwerkingsverantwoordelijke in rij %1 heeft geen naam.</translation>
    </message>
    <message>
        <source>This is not a web address. Use the form https://www.example.nl.</source>
        <translation>Dit is geen webadres. Gebruik de vorm https://www.voorbeeld.nl.</translation>
    </message>
    <message>
        <source>Say how the privacy statement names recipients: by name or by category.</source>
        <translation>Geef aan hoe de privacyverklaring ontvangers noemt: bij naam of per categorie.</translation>
    </message>
    <message>
        <source>Choose the language of the register&apos;s texts: Dutch or English.</source>
        <translation>Kies de taal van de teksten in het register: Nederlands of Engels.</translation>
    </message>
    <message>
        <source>The base of the URIs starts with urn:, https:// or http://, has no spaces and does not end with a slash, such as https://register.example.nl.</source>
        <translation>De basis van de URI&apos;s begint met urn:, https:// of http://, heeft geen spaties en eindigt niet op een schuine streep, zoals https://register.voorbeeld.nl.</translation>
    </message>
    <message>
        <source>An OIN has exactly 20 digits, such as 00000001001234567000.</source>
        <translation>Een OIN heeft precies 20 cijfers, zoals 00000001001234567000.</translation>
    </message>
    <message>
        <source>An RSIN is written in digits only.</source>
        <translation>Een RSIN bestaat alleen uit cijfers.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::Party</name>
    <message>
        <source>Enter the party&apos;s name: the register cannot refer to a party without one.</source>
        <translation>Voer de naam van de partij in: het register kan niet naar een partij zonder naam verwijzen.</translation>
    </message>
    <message>
        <source>Enter the country as its two-letter ISO code, such as NL, IE or US.</source>
        <translation>Voer het land in als tweeletterige ISO-code, zoals NL, IE of US.</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Use the form name@example.nl.</source>
        <translation>Dit is geen e-mailadres. Gebruik de vorm naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>This is not a telephone number. Use digits, spaces and an optional leading +.</source>
        <translation>Dit is geen telefoonnummer. Gebruik cijfers, spaties en eventueel een + aan het begin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role a party can have: choose controller, joint controller, processor, sub-processor or recipient.</source>
        <translation>&quot;%1&quot; is geen rol die een partij kan hebben: kies verwerkingsverantwoordelijke, gezamenlijke verwerkingsverantwoordelijke, verwerker, subverwerker of ontvanger.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; is given twice: keep it once.</source>
        <translation>De rol &quot;%1&quot; is twee keer opgegeven: laat er één staan.</translation>
    </message>
    <message>
        <source>A Dutch Chamber of Commerce (KvK) number has eight digits.</source>
        <translation>Een KvK-nummer heeft acht cijfers.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::PrivacyStatement</name>
    <message>
        <source>Give the statement a title, as the public sees it (such as &quot;Privacy statement&quot;).</source>
        <translation>Geef de verklaring een titel, zoals het publiek die ziet (bijvoorbeeld &quot;Privacyverklaring&quot;).</translation>
    </message>
    <message>
        <source>Choose the audiences the statement is for: it describes the processing published for them.</source>
        <translation>Kies de doelgroepen waarvoor de verklaring is: zij beschrijft de verwerkingen die voor hen worden gepubliceerd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audience of a privacy statement: choose one of the list.</source>
        <translation>&quot;%1&quot; is geen doelgroep van een privacyverklaring: kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>Choose the languages the statement is published in.</source>
        <translation>Kies de talen waarin de verklaring wordt gepubliceerd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the statement can be written in: choose Dutch or English.</source>
        <translation>&quot;%1&quot; is geen taal waarin de verklaring kan worden geschreven: kies Nederlands of Engels.</translation>
    </message>
    <message>
        <source>This is not a web address. Use the form https://www.example.nl.</source>
        <translation>Dit is geen webadres. Gebruik de vorm https://www.example.nl.</translation>
    </message>
    <message>
        <source>A translation needs its language and the register&apos;s text it translates.</source>
        <translation>Een vertaling heeft een taal nodig en de tekst van het register die zij vertaalt.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::ProcessingActivity</name>
    <message>
        <source>The transfer in row %1 has an unknown SCC module: choose module 1, 2, 3 or 4.</source>
        <translation>De doorgifte in rij %1 heeft een onbekende SCC-module: kies module 1, 2, 3 of 4.</translation>
    </message>
    <message>
        <source>The transfer in row %1 names an SCC module but not standard contractual clauses as its mechanism: choose the mechanism or clear the module.</source>
        <translation>De doorgifte in rij %1 noemt een SCC-module, maar heeft geen standaardcontractbepalingen als doorgiftemechanisme: kies dat mechanisme of maak de module leeg.</translation>
    </message>
    <message>
        <source>The next review lies before the last review: choose a later date.</source>
        <translation>De volgende herbeoordeling ligt vóór de laatste herbeoordeling: kies een latere datum.</translation>
    </message>
    <message>
        <source>Choose a status: draft, in review, approved or retired.</source>
        <translation>Kies een status: concept, in beoordeling, goedgekeurd of buiten gebruik.</translation>
    </message>
    <message>
        <source>Enter a name for the processing activity, such as &quot;Payroll&quot;.</source>
        <translation>Vul een naam in voor de verwerkingsactiviteit, zoals &quot;Salarisadministratie&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lawful basis of Art. 6(1): choose one of (a) to (f).</source>
        <translation>&quot;%1&quot; is geen grondslag uit art. 6 lid 1 AVG: kies een van de gronden a tot en met f.</translation>
    </message>
    <message>
        <source>The category of data subjects in row %1 has no name: name it or remove the row.</source>
        <translation>De categorie betrokkenen in rij %1 heeft geen naam: geef de categorie een naam of verwijder de rij.</translation>
    </message>
    <message>
        <source>The category of personal data in row %1 has no name: name it or remove the row.</source>
        <translation>De categorie persoonsgegevens in rij %1 heeft geen naam: geef de categorie een naam of verwijder de rij.</translation>
    </message>
    <message>
        <source>The category of personal data in row %1 has an unknown special category: choose one of Art. 9(1) or none.</source>
        <translation>De categorie persoonsgegevens in rij %1 heeft een onbekende bijzondere categorie: kies een categorie uit art. 9 lid 1 AVG of geen.</translation>
    </message>
    <message>
        <source>The recipient in row %1 has an unknown kind: choose internal, external, processor or public authority.</source>
        <translation>De ontvanger in rij %1 is van een onbekende soort: kies intern, extern, verwerker of overheidsinstantie.</translation>
    </message>
    <message>
        <source>The recipient in row %1 is empty: choose a party or describe the recipient.</source>
        <translation>De ontvanger in rij %1 is leeg: kies een partij of omschrijf de ontvanger.</translation>
    </message>
    <message>
        <source>Say whether a DPIA is required: yes, no or not yet assessed.</source>
        <translation>Geef aan of een DPIA verplicht is: ja, nee of nog niet beoordeeld.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the Dutch DPA&apos;s list of processing that needs a DPIA: choose an item of the list.</source>
        <translation>&quot;%1&quot; staat niet op de lijst van de Autoriteit Persoonsgegevens met verwerkingen waarvoor een DPIA verplicht is: kies een item van die lijst.</translation>
    </message>
    <message>
        <source>Choose the state of the DPIA: not started, in progress or completed.</source>
        <translation>Kies de stand van de DPIA: niet gestart, in uitvoering of afgerond.</translation>
    </message>
    <message>
        <source>The recipient in row %1 has an unknown kind of disclosure: choose a legal obligation or a particular inquiry.</source>
        <translation>De ontvanger in rij %1 heeft een onbekende soort verstrekking: kies een wettelijke plicht of een specifiek onderzoek.</translation>
    </message>
    <message numerus="yes">
        <source>The activity says it has no recipients but lists %n recipient(s): clear the list or the statement.</source>
        <translation>
            <numerusform>De verwerking vermeldt dat er geen ontvangers zijn, maar noemt %n ontvanger: maak de lijst leeg of trek de vermelding in.</numerusform>
            <numerusform>De verwerking vermeldt dat er geen ontvangers zijn, maar noemt %n ontvangers: maak de lijst leeg of trek de vermelding in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the exception of Art. 22(2): a contract, a law or explicit consent.</source>
        <translation>Kies de uitzondering van art. 22 lid 2 AVG: een overeenkomst, een wet of uitdrukkelijke toestemming.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the nine criteria of the DPIA guidelines (WP248): choose one of the list.</source>
        <translation>&quot;%1&quot; is geen van de negen criteria uit de DPIA-richtsnoeren (WP248): kies een criterium uit de lijst.</translation>
    </message>
    <message>
        <source>Choose the residual risk after the DPIA: low, medium or high.</source>
        <translation>Kies het restrisico na de DPIA: laag, middel of hoog.</translation>
    </message>
    <message>
        <source>The transfer in row %1 has an unknown derogation: choose one of Art. 49(1)(a) to (g) or compelling legitimate interests.</source>
        <translation>De doorgifte in rij %1 heeft een onbekende afwijking: kies een van art. 49 lid 1 onder a tot en met g AVG of dwingende gerechtvaardigde belangen.</translation>
    </message>
    <message>
        <source>The category of personal data in row %1 has an unknown exception: choose one of Art. 9(2)(a) to (j).</source>
        <translation>De categorie persoonsgegevens in rij %1 heeft een onbekende uitzondering: kies een van art. 9 lid 2 onder a tot en met j AVG.</translation>
    </message>
    <message>
        <source>The category of personal data in row %1 names an exception of Art. 9(2) but no special category: choose the special category or clear the exception.</source>
        <translation>De categorie persoonsgegevens in rij %1 noemt een uitzondering van art. 9 lid 2 AVG, maar geen bijzondere categorie: kies de bijzondere categorie of wis de uitzondering.</translation>
    </message>
    <message>
        <source>The joint controller in row %1 is not chosen: choose the party or remove the row.</source>
        <translation>De gezamenlijke verwerkingsverantwoordelijke in rij %1 is niet gekozen: kies de partij of verwijder de rij.</translation>
    </message>
    <message>
        <source>The transfer in row %1 has an unknown mechanism: choose an adequacy decision, the Data Privacy Framework, one of the safeguards of Art. 46 or a derogation of Art. 49.</source>
        <translation>De doorgifte in rij %1 heeft een onbekend doorgiftemechanisme: kies een adequaatheidsbesluit, het Data Privacy Framework, een van de waarborgen van art. 46 AVG of een uitzondering van art. 49 AVG.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audience of a privacy statement: choose one of the list.</source>
        <translation>&quot;%1&quot; is geen doelgroep van een privacyverklaring: kies een doelgroep uit de lijst.</translation>
    </message>
    <message>
        <source>Choose whether providing the data is a statutory or contractual requirement, needed to enter into a contract, or voluntary.</source>
        <translation>Kies of het verstrekken van de gegevens een wettelijke of contractuele verplichting is, nodig is om een overeenkomst te sluiten, of vrijwillig.</translation>
    </message>
    <message>
        <source>Choose the confidentiality of the activity: normal or confidential.</source>
        <translation>Kies de vertrouwelijkheid van de activiteit: normaal of vertrouwelijk.</translation>
    </message>
    <message>
        <source>The log retention cannot be negative: enter 0 or more.</source>
        <translation>De bewaartermijn van de logging kan niet negatief zijn: vul 0 of meer in.</translation>
    </message>
    <message>
        <source>Choose the unit of the log retention: days, weeks, months or years.</source>
        <translation>Kies de eenheid van de bewaartermijn van de logging: dagen, weken, maanden of jaren.</translation>
    </message>
    <message>
        <source>Say in what unit the log retention is counted.</source>
        <translation>Geef aan in welke eenheid de bewaartermijn van de logging wordt geteld.</translation>
    </message>
    <message>
        <source>&quot;Based on&quot; is the web address of the model processing the activity follows, such as https://www.gemmaonline.nl/….</source>
        <translation>&quot;Gebaseerd op&quot; is het webadres van de modelverwerking die de verwerking volgt, zoals https://www.gemmaonline.nl/….</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::ProcessorActivity</name>
    <message>
        <source>Enter a name for the processing, such as &quot;Hosting of the application for a customer&quot;.</source>
        <translation>Vul een naam in voor de verwerking, zoals &quot;Hosting van de applicatie voor een klant&quot;.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::RequestCase</name>
    <message>
        <source>Enter the day the organisation received the request: the deadline counts from it.</source>
        <translation>Vul de dag in waarop de organisatie het verzoek heeft ontvangen: de termijn telt vanaf die dag.</translation>
    </message>
    <message>
        <source>The day of receipt is outside the years the deadlines can be counted in.</source>
        <translation>De dag van ontvangst valt buiten de jaren waarin de termijnen kunnen worden berekend.</translation>
    </message>
    <message>
        <source>Choose at least one right the request invokes.</source>
        <translation>Kies ten minste één recht waarop het verzoek een beroep doet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value this field takes.</source>
        <translation>&quot;%1&quot; is geen waarde die dit veld kan hebben.</translation>
    </message>
    <message>
        <source>The right &quot;%1&quot; is listed twice.</source>
        <translation>Het recht &quot;%1&quot; staat er twee keer in.</translation>
    </message>
    <message>
        <source>The request cannot reach the privacy desk before it was received.</source>
        <translation>Het verzoek kan niet bij het privacyloket zijn binnengekomen voordat het werd ontvangen.</translation>
    </message>
    <message>
        <source>The requester cannot be told of an extension before the request was received.</source>
        <translation>De verzoeker kan niet over een verlenging zijn geïnformeerd voordat het verzoek werd ontvangen.</translation>
    </message>
    <message>
        <source>The answer cannot be sent before the request was received.</source>
        <translation>Het antwoord kan niet zijn verzonden voordat het verzoek werd ontvangen.</translation>
    </message>
    <message>
        <source>The case cannot close before the request was received.</source>
        <translation>De zaak kan niet zijn afgesloten voordat het verzoek werd ontvangen.</translation>
    </message>
    <message>
        <source>An identity check cannot be dated before the request was received.</source>
        <translation>Een identiteitscontrole kan niet zijn gedateerd vóór de ontvangst van het verzoek.</translation>
    </message>
    <message>
        <source>A copy of an identity document cannot be destroyed before it was received.</source>
        <translation>Een kopie van een identiteitsbewijs kan niet zijn vernietigd voordat die werd ontvangen.</translation>
    </message>
    <message>
        <source>An objection cannot be received or decided before the answer was sent.</source>
        <translation>Een bezwaar kan niet zijn ontvangen of beslist voordat het antwoord is verstuurd.</translation>
    </message>
    <message>
        <source>An objection cannot be decided before it was received.</source>
        <translation>Op een bezwaar kan niet worden beslist voordat het is ontvangen.</translation>
    </message>
    <message>
        <source>Enter the day the objection was received.</source>
        <translation>Vul de dag in waarop het bezwaar is ontvangen.</translation>
    </message>
    <message>
        <source>An objection and a deciding body belong to a decision under the Awb: tick &quot;Decision under the Awb&quot; or clear them.</source>
        <translation>Een bezwaar en een beslissend bestuursorgaan horen bij een besluit in de zin van de Awb: vink &quot;Besluit in de zin van de Awb&quot; aan of maak ze leeg.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::RetentionCatalogue</name>
    <message>
        <source>en</source>
        <extracomment>The code of the language of this translation: nl for Dutch. Used to choose the language of data files such as the retention catalogue.</extracomment>
        <translation>nl</translation>
    </message>
    <message>
        <source>The retention catalogue could not be read.</source>
        <translation>De catalogus van bewaartermijnen kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::RetentionRule</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>No fixed period</source>
        <translation>Geen vaste termijn</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the period (&quot;7 years&quot;), %2 the moment it runs from (&quot;after the end of the financial year&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enter a name for the retention rule, such as &quot;Fiscal records&quot;.</source>
        <translation>Voer een naam voor de bewaarregel in, zoals &quot;Fiscale administratie&quot;.</translation>
    </message>
    <message>
        <source>The period cannot be negative: enter a number of days, weeks, months or years, or 0 for no fixed period.</source>
        <translation>De termijn kan niet negatief zijn: voer een aantal dagen, weken, maanden of jaren in, of 0 voor geen vaste termijn.</translation>
    </message>
    <message>
        <source>Choose days, weeks, months or years as the unit of the period.</source>
        <translation>Kies dagen, weken, maanden of jaren als eenheid van de termijn.</translation>
    </message>
    <message>
        <source>Choose the unit of the period: days, weeks, months or years.</source>
        <translation>Kies de eenheid van de termijn: dagen, weken, maanden of jaren.</translation>
    </message>
    <message>
        <source>Enter the length of the period, or clear the unit when there is no fixed period.</source>
        <translation>Voer de lengte van de termijn in, of maak de eenheid leeg als er geen vaste termijn is.</translation>
    </message>
    <message>
        <source>Choose what the period rests on: a statute, regulator guidance, own policy or a contract.</source>
        <translation>Kies waarop de termijn berust: een wet, advies van de toezichthouder, eigen beleid of een overeenkomst.</translation>
    </message>
    <message>
        <source>Name the statute and article the period comes from, such as &quot;AWR art. 52(4)&quot;.</source>
        <translation>Noem de wet en het artikel waaruit de termijn volgt, zoals &quot;art. 52 lid 4 AWR&quot;.</translation>
    </message>
    <message>
        <source>Say why deletion is on hold, such as the case or claim it is kept for.</source>
        <translation>Geef aan waarom de verwijdering is opgeschort, bijvoorbeeld de zaak of vordering waarvoor de gegevens worden bewaard.</translation>
    </message>
    <message>
        <source>at least %1</source>
        <extracomment>a retention period that is a duty to keep: &quot;at least 7 years&quot;</extracomment>
        <translation>ten minste %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <extracomment>a retention period that must not be exceeded: &quot;at most 4 weeks&quot;</extracomment>
        <translation>ten hoogste %1</translation>
    </message>
    <message>
        <source>Choose whether the period is a minimum, a maximum or fixed.</source>
        <translation>Kies of de termijn een minimum, een maximum of vast is.</translation>
    </message>
    <message>
        <source>Name the selection list the category &quot;%1&quot; belongs to.</source>
        <translation>Noem de selectielijst waartoe de categorie &quot;%1&quot; hoort.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::SecurityMeasure</name>
    <message>
        <source>Enter a title for the measure, such as &quot;Encryption of the application database&quot;.</source>
        <translation>Voer een titel voor de maatregel in, zoals &quot;Versleuteling van de applicatiedatabase&quot;.</translation>
    </message>
    <message>
        <source>Choose whether the measure is technical or organisational.</source>
        <translation>Kies of de maatregel technisch of organisatorisch is.</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::SpecialGrounds</name>
    <message>
        <source>general exceptions</source>
        <translation>algemene uitzonderingen</translation>
    </message>
    <message>
        <source>general exceptions in the public interest</source>
        <translation>algemene uitzonderingen in het algemeen belang</translation>
    </message>
    <message>
        <source>research and statistics</source>
        <translation>onderzoek en statistiek</translation>
    </message>
    <message>
        <source>racial or ethnic origin</source>
        <translation>ras of etnische afkomst</translation>
    </message>
    <message>
        <source>political opinions</source>
        <translation>politieke opvattingen</translation>
    </message>
    <message>
        <source>religious or philosophical beliefs</source>
        <translation>religieuze of levensbeschouwelijke overtuigingen</translation>
    </message>
    <message>
        <source>genetic data</source>
        <translation>genetische gegevens</translation>
    </message>
    <message>
        <source>biometric data</source>
        <translation>biometrische gegevens</translation>
    </message>
    <message>
        <source>health</source>
        <translation>gezondheid</translation>
    </message>
</context>
<context>
    <name>Custodian::Domain::StatementVersion</name>
    <message>
        <source>A version belongs to a privacy statement: choose the statement.</source>
        <translation>Een versie hoort bij een privacyverklaring: kies de verklaring.</translation>
    </message>
    <message>
        <source>A version has a number of 1 or more.</source>
        <translation>Een versie heeft een nummer van 1 of hoger.</translation>
    </message>
    <message>
        <source>Enter the day the version takes effect, as YYYY-MM-DD.</source>
        <translation>Vul de dag in waarop de versie ingaat, als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>A version records when it was published.</source>
        <translation>Een versie legt vast wanneer zij is gepubliceerd.</translation>
    </message>
    <message>
        <source>A version records what it says of the register (its manifest).</source>
        <translation>Een versie legt vast wat zij over het register zegt (haar manifest).</translation>
    </message>
    <message>
        <source>A version holds its published text.</source>
        <translation>Een versie bevat haar gepubliceerde tekst.</translation>
    </message>
</context>
<context>
    <name>Custodian::Entities</name>
    <message>
        <source>the sub-processing agreement %1</source>
        <translation>de subverwerkersovereenkomst %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>the organisation %1</source>
        <translation>de organisatie %1</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>the party %1</source>
        <translation>de partij %1</translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation>Beveiligingsmaatregel</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>the security measure %1</source>
        <translation>de beveiligingsmaatregel %1</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Bewaarregel</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Bewaarregels</translation>
    </message>
    <message>
        <source>the retention rule %1</source>
        <translation>de bewaarregel %1</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>the processing activity %1</source>
        <translation>de verwerkingsactiviteit %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <source>the agreement %1</source>
        <translation>de overeenkomst %1</translation>
    </message>
    <message>
        <source>Register settings</source>
        <translation>Registerinstellingen</translation>
    </message>
    <message>
        <source>the register settings %1</source>
        <translation>de registerinstellingen %1</translation>
    </message>
    <message>
        <source>Processor activity</source>
        <translation>Verwerking als verwerker</translation>
    </message>
    <message>
        <source>Processor activities</source>
        <translation>Verwerkingen als verwerker</translation>
    </message>
    <message>
        <source>the processor activity %1</source>
        <translation>de verwerking als verwerker %1</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Bewaarblokkade</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Bewaarblokkades</translation>
    </message>
    <message>
        <source>the legal hold %1</source>
        <translation>de bewaarblokkade %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>the request %1</source>
        <translation>het verzoek %1</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Datalek</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Datalekken</translation>
    </message>
    <message>
        <source>the breach %1</source>
        <translation>het datalek %1</translation>
    </message>
    <message>
        <source>Cookie or tracker</source>
        <translation>Cookie of tracker</translation>
    </message>
    <message>
        <source>Cookies and trackers</source>
        <translation>Cookies en trackers</translation>
    </message>
    <message>
        <source>the cookie %1</source>
        <translation>het cookie %1</translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>Privacy statements</source>
        <translation>Privacyverklaringen</translation>
    </message>
    <message>
        <source>the privacy statement %1</source>
        <translation>de privacyverklaring %1</translation>
    </message>
    <message>
        <source>Statement version</source>
        <translation>Versie van de verklaring</translation>
    </message>
    <message>
        <source>Statement versions</source>
        <translation>Versies van de verklaring</translation>
    </message>
    <message>
        <source>the statement version %1</source>
        <translation>de versie van de verklaring %1</translation>
    </message>
    <message>
        <source>Activity version</source>
        <translation>Vastgestelde versie</translation>
    </message>
    <message>
        <source>Activity versions</source>
        <translation>Vastgestelde versies</translation>
    </message>
    <message>
        <source>the activity version %1</source>
        <translation>de vastgestelde versie %1</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Normen</translation>
    </message>
    <message>
        <source>the control %1</source>
        <translation>de norm %1</translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::Backups</name>
    <message>
        <source>Custodian backups</source>
        <translation>Custodian-back-ups</translation>
    </message>
    <message>
        <source>The file %1 already exists. A backup is restored as a new file: choose another name.</source>
        <translation>Het bestand %1 bestaat al. Een back-up wordt teruggezet als nieuw bestand: kies een andere naam.</translation>
    </message>
    <message>
        <source>The history of the backup %1 does not verify: it was damaged or changed. Nothing was restored.</source>
        <translation>De geschiedenis van de back-up %1 klopt niet: die is beschadigd of gewijzigd. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup was copied to %1, but the copy could not be opened: %2</source>
        <translation>De back-up is gekopieerd naar %1, maar de kopie kon niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The backup was copied to %1, but the restore could not be recorded in its history.</source>
        <translation>De back-up is gekopieerd naar %1, maar het terugzetten kon niet in de geschiedenis worden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::Csv</name>
    <message>
        <source>The file is not UTF-8; it was read as Windows text (code page 1252), as Excel writes CSV on Windows.</source>
        <translation>Het bestand is geen UTF-8; het is gelezen als Windows-tekst (codetabel 1252), zoals Excel CSV schrijft op Windows.</translation>
    </message>
    <message>
        <source>The file holds binary data: it is not a CSV file.</source>
        <translation>Het bestand bevat binaire gegevens: het is geen CSV-bestand.</translation>
    </message>
    <message>
        <source>Text after a closing quote in row %1 was kept as part of the value.</source>
        <translation>Tekst na een afsluitend aanhalingsteken in rij %1 is als deel van de waarde behouden.</translation>
    </message>
    <message>
        <source>A value in row %1 is longer than %2 characters: this is not a register&apos;s list.</source>
        <translation>Een waarde in rij %1 is langer dan %2 tekens: dit is geen lijst van een register.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted value that starts in row %1: it is truncated or damaged.</source>
        <translation>Het bestand eindigt midden in een waarde tussen aanhalingstekens die in rij %1 begint: het is afgekapt of beschadigd.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>Het bestand is leeg: er is geen kopregel.</translation>
    </message>
    <message>
        <source>The header row has %1 columns; a register&apos;s list has at most %2.</source>
        <translation>De kopregel heeft %1 kolommen; een lijst van een register heeft er hoogstens %2.</translation>
    </message>
    <message>
        <source>The row has %1 values, the header row %2 columns: a separator or quote is misplaced.</source>
        <translation>De rij heeft %1 waarden, de kopregel %2 kolommen: een scheidingsteken of aanhalingsteken staat verkeerd.</translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::ExportFile</name>
    <message>
        <source>Register export</source>
        <translation>Export van het register</translation>
    </message>
    <message>
        <source>The file %1 already exists; Custodian does not overwrite files.</source>
        <translation>Het bestand %1 bestaat al; Custodian overschrijft geen bestanden.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Het bestand %1 kan niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::FileBundle</name>
    <message>
        <source>The file %1 already exists.</source>
        <translation>Het bestand %1 bestaat al.</translation>
    </message>
    <message>
        <source>The ZIP file cannot be written.</source>
        <translation>Het ZIP-bestand kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>The folder cannot be made.</source>
        <translation>De map kan niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::ImportReport</name>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>note</source>
        <translation>opmerking</translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::LdvExport</name>
    <message>
        <source>The activity versions could not be written to %1.</source>
        <translation>De vastgestelde versies konden niet naar %1 worden geschreven.</translation>
    </message>
    <message>
        <source>%1 already exists; Custodian does not write over files.</source>
        <translation>%1 bestaat al; Custodian schrijft niet over bestanden heen.</translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::RegisterJson</name>
    <message>
        <source>Expected text.</source>
        <translation>Tekst verwacht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the uuid of an item.</source>
        <translation>&quot;%1&quot; is niet de uuid van een item.</translation>
    </message>
    <message>
        <source>Expected a code.</source>
        <translation>Een code verwacht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the codes of this field.</source>
        <translation>&quot;%1&quot; is geen van de codes van dit veld.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>true of false verwacht.</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Een geheel getal verwacht.</translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD.</source>
        <translation>Een datum verwacht als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Expected a moment as YYYY-MM-DDThh:mm:ssZ.</source>
        <translation>Een tijdstip verwacht als JJJJ-MM-DDTuu:mm:ssZ.</translation>
    </message>
    <message>
        <source>Unknown field: ignored.</source>
        <translation>Onbekend veld: genegeerd.</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>Een lijst verwacht.</translation>
    </message>
    <message>
        <source>Expected a list of records.</source>
        <translation>Een lijst van records verwacht.</translation>
    </message>
    <message>
        <source>Expected a list of text.</source>
        <translation>Een lijst van teksten verwacht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the codes of this list.</source>
        <translation>&quot;%1&quot; is geen van de codes van deze lijst.</translation>
    </message>
    <message>
        <source>Expected an item (a JSON object).</source>
        <translation>Een item verwacht (een JSON-object).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uuid.</source>
        <translation>&quot;%1&quot; is geen uuid.</translation>
    </message>
    <message>
        <source>The uuid %1 appears twice in the file.</source>
        <translation>De uuid %1 komt twee keer voor in het bestand.</translation>
    </message>
    <message>
        <source>The register refused this item: %1</source>
        <translation>Het register weigerde dit item: %1</translation>
    </message>
    <message>
        <source>Refers to %1 %2, which is not in the file.</source>
        <translation>Verwijst naar %1 %2, dat niet in het bestand staat.</translation>
    </message>
    <message>
        <source>A restore needs the uuid of every item.</source>
        <translation>Terugzetten vraagt de uuid van elk item.</translation>
    </message>
    <message numerus="yes">
        <source>%n items of the register have this name: a new one is created.</source>
        <translation>
            <numerusform>%n item van het register heeft deze naam: er wordt een nieuw gemaakt.</numerusform>
            <numerusform>%n items van het register hebben deze naam: er wordt een nieuw gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another item of the file was already written to the same item of the register: give each its own name.</source>
        <translation>Een ander item uit het bestand is al naar hetzelfde item van het register geschreven: geef elk een eigen naam.</translation>
    </message>
    <message>
        <source>Expected base64 content.</source>
        <translation>Inhoud in base64 verwacht.</translation>
    </message>
    <message>
        <source>The document&apos;s content does not match its SHA-256: the file was damaged or changed.</source>
        <translation>De inhoud van het document past niet bij de SHA-256: het bestand is beschadigd of gewijzigd.</translation>
    </message>
    <message>
        <source>Expected a row (a JSON object).</source>
        <translation>Een rij verwacht (een JSON-object).</translation>
    </message>
    <message>
        <source>The register could not be exported.</source>
        <translation>Het register kon niet worden geëxporteerd.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has errors.</source>
        <translation>Er is niets geïmporteerd: het bestand bevat fouten.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>Het bestand is geen geldige JSON (bij byte %1: %2).</translation>
    </message>
    <message>
        <source>The file is not a Custodian register export.</source>
        <translation>Het bestand is geen export van een Custodian-register.</translation>
    </message>
    <message>
        <source>The file was written in format version %1, which this version of Custodian does not read (it reads up to %2): update Custodian.</source>
        <translation>Het bestand is geschreven in formaatversie %1, die deze versie van Custodian niet leest (tot en met %2): werk Custodian bij.</translation>
    </message>
    <message>
        <source>The file comes from a newer version of Custodian (schema %1, this one has %2): fields this version does not know are left out.</source>
        <translation>Het bestand komt van een nieuwere versie van Custodian (schema %1, deze heeft %2): velden die deze versie niet kent, blijven weg.</translation>
    </message>
    <message>
        <source>Unknown kind of item: ignored.</source>
        <translation>Onbekende soort item: genegeerd.</translation>
    </message>
    <message>
        <source>Expected a list of items.</source>
        <translation>Een lijst van items verwacht.</translation>
    </message>
    <message>
        <source>The import could not be written. Nothing was changed.</source>
        <translation>De import kon niet worden geschreven. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>A restore needs an empty register: this one already holds items or history. Import into a new register, or merge instead.</source>
        <translation>Terugzetten vraagt een leeg register: dit register bevat al items of geschiedenis. Importeer in een nieuw register, of voeg samen (merge).</translation>
    </message>
    <message>
        <source>The history in the file does not verify: %1</source>
        <translation>De geschiedenis in het bestand klopt niet: %1</translation>
    </message>
    <message>
        <source>The history in the file does not end in the state the file names: entries are missing or were changed.</source>
        <translation>De geschiedenis in het bestand eindigt niet in de stand die het bestand noemt: er ontbreken regels of ze zijn gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>A merge records each item it writes in this register&apos;s own history; the %n entries of the file&apos;s history are not copied (a restore into a new register copies them).</source>
        <translation>
            <numerusform>Samenvoegen legt elk item dat het schrijft vast in de eigen geschiedenis van dit register; de %n regel van de geschiedenis van het bestand wordt niet gekopieerd (terugzetten in een nieuw register kopieert die wel).</numerusform>
            <numerusform>Samenvoegen legt elk item dat het schrijft vast in de eigen geschiedenis van dit register; de %n regels van de geschiedenis van het bestand worden niet gekopieerd (terugzetten in een nieuw register kopieert ze wel).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped. No file was written.</source>
        <translation>De export is gestopt. Er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was changed.</source>
        <translation>De import is gestopt. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Briefsjablonen</translation>
    </message>
    <message>
        <source>Extra holidays</source>
        <translation>Extra feestdagen</translation>
    </message>
    <message numerus="yes">
        <source>A merge keeps this register&apos;s own settings and case numbering; the file&apos;s (%n rows) are not copied (a restore into a new register copies them).</source>
        <translation>
            <numerusform>Samenvoegen houdt de eigen instellingen en zaaknummering van dit register; die van het bestand (%n rij) worden niet overgenomen (terugzetten in een nieuw register kopieert ze wel).</numerusform>
            <numerusform>Samenvoegen houdt de eigen instellingen en zaaknummering van dit register; die van het bestand (%n rijen) worden niet overgenomen (terugzetten in een nieuw register kopieert ze wel).</numerusform>
        </translation>
    </message>
    <message>
        <source>Template %1 (%2): %3</source>
        <translation>Sjabloon %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::Tabular</name>
    <message>
        <source>Access (Art. 15)</source>
        <translation>Inzage (art. 15)</translation>
    </message>
    <message>
        <source>Rectification (Art. 16)</source>
        <translation>Rectificatie (art. 16)</translation>
    </message>
    <message>
        <source>Erasure (Art. 17)</source>
        <translation>Gegevenswissing (art. 17)</translation>
    </message>
    <message>
        <source>Restriction (Art. 18)</source>
        <translation>Beperking van de verwerking (art. 18)</translation>
    </message>
    <message>
        <source>Data portability (Art. 20)</source>
        <translation>Overdraagbaarheid van gegevens (art. 20)</translation>
    </message>
    <message>
        <source>Objection (Art. 21)</source>
        <translation>Bezwaar (art. 21)</translation>
    </message>
    <message>
        <source>Withdrawal of consent (Art. 7(3))</source>
        <translation>Intrekken van toestemming (art. 7 lid 3)</translation>
    </message>
    <message>
        <source>Business function</source>
        <translation>Bedrijfsonderdeel</translation>
    </message>
    <message>
        <source>Purpose of processing</source>
        <translation>Doel van de verwerking</translation>
    </message>
    <message>
        <source>Name and contact details of joint controller (if applicable)</source>
        <translation>Naam en contactgegevens van de gezamenlijke verwerkingsverantwoordelijke (indien van toepassing)</translation>
    </message>
    <message>
        <source>Categories of individuals</source>
        <translation>Categorieën van betrokkenen</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <source>Categories of recipients</source>
        <translation>Categorieën van ontvangers</translation>
    </message>
    <message>
        <source>Link to contract with processor</source>
        <translation>Verwijzing naar de verwerkersovereenkomst</translation>
    </message>
    <message>
        <source>Names of third countries or international organisations that personal data are transferred to (if applicable)</source>
        <translation>Derde landen of internationale organisaties waaraan persoonsgegevens worden doorgegeven (indien van toepassing)</translation>
    </message>
    <message>
        <source>Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)</source>
        <translation>Waarborgen bij doorgifte van persoonsgegevens aan derde landen of internationale organisaties (indien van toepassing)</translation>
    </message>
    <message>
        <source>Retention schedule (if possible)</source>
        <translation>Bewaartermijnen (indien mogelijk)</translation>
    </message>
    <message>
        <source>General description of technical and organisational security measures (if possible)</source>
        <translation>Algemene beschrijving van de technische en organisatorische beveiligingsmaatregelen (indien mogelijk)</translation>
    </message>
    <message>
        <source>Article 6 lawful basis for processing personal data</source>
        <translation>Grondslag voor de verwerking van persoonsgegevens (artikel 6)</translation>
    </message>
    <message>
        <source>Article 9 basis for processing special category data</source>
        <translation>Uitzonderingsgrond voor bijzondere persoonsgegevens (artikel 9)</translation>
    </message>
    <message>
        <source>Legitimate interests for the processing (if applicable)</source>
        <translation>Gerechtvaardigde belangen bij de verwerking (indien van toepassing)</translation>
    </message>
    <message>
        <source>Link to record of legitimate interests assessment (if applicable)</source>
        <translation>Verwijzing naar de belangenafweging (indien van toepassing)</translation>
    </message>
    <message>
        <source>Rights available to individuals</source>
        <translation>Rechten van betrokkenen</translation>
    </message>
    <message>
        <source>Existence of automated decision-making, including profiling (yes/no)</source>
        <translation>Geautomatiseerde besluitvorming, waaronder profilering (ja/nee)</translation>
    </message>
    <message>
        <source>The source of the personal data (if applicable)</source>
        <translation>Bron van de persoonsgegevens (indien van toepassing)</translation>
    </message>
    <message>
        <source>Link to record of consent</source>
        <translation>Verwijzing naar de vastlegging van toestemming</translation>
    </message>
    <message>
        <source>Location of personal data</source>
        <translation>Opslaglocatie van de persoonsgegevens</translation>
    </message>
    <message>
        <source>Data Protection Impact Assessment required? (yes/no)</source>
        <translation>Gegevensbeschermingseffectbeoordeling (DPIA) verplicht? (ja/nee)</translation>
    </message>
    <message>
        <source>Data Protection Impact Assessment progress</source>
        <translation>Stand van de DPIA</translation>
    </message>
    <message>
        <source>Link to Data Protection Impact Assessment</source>
        <translation>Verwijzing naar de DPIA</translation>
    </message>
    <message>
        <source>Personal data breach? (yes/no)</source>
        <translation>Datalek? (ja/nee)</translation>
    </message>
    <message>
        <source>Link to record of personal data breach</source>
        <translation>Verwijzing naar de registratie van het datalek</translation>
    </message>
    <message>
        <source>ICO record of processing</source>
        <translation>Verwerkingsregister (ICO)</translation>
    </message>
    <message>
        <source>The purpose of processing is empty: it names the activity.</source>
        <translation>Het doel van de verwerking is leeg: het geeft de activiteit haar naam.</translation>
    </message>
    <message>
        <source>The purpose is long: the activity is named by its beginning, &quot;%1&quot;.</source>
        <translation>Het doel is lang: de activiteit krijgt als naam het begin ervan, &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The kind of each recipient (internal, external, processor, authority) was guessed from its words: check it in the activity.</source>
        <translation>Het soort van elke ontvanger (intern, extern, verwerker, overheid) is uit de woorden afgeleid: controleer het in de activiteit.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) name no agreement of the register: the text is kept in the description.</source>
        <translation>
            <numerusform>%n regel noemt geen overeenkomst uit het register: de tekst is bewaard in de beschrijving.</numerusform>
            <numerusform>%n regels noemen geen overeenkomst uit het register: de tekst is bewaard in de beschrijving.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Custodian knows: the text is kept in the description.</source>
        <translation>&quot;%1&quot; is geen land dat Custodian kent: de tekst is bewaard in de beschrijving.</translation>
    </message>
    <message>
        <source>Safeguards without a country: the text is kept in the description.</source>
        <translation>Waarborgen zonder land: de tekst is bewaard in de beschrijving.</translation>
    </message>
    <message>
        <source>The transfer mechanism was read from the text as &quot;%1&quot;.</source>
        <translation>Het doorgiftemechanisme is uit de tekst gelezen als &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Retention is kept per category of data with a retention rule: what names no rule of the register is kept in the description; link a rule to each category.</source>
        <translation>De bewaartermijn wordt per gegevenscategorie vastgelegd met een bewaarregel: wat geen regel uit het register noemt, is bewaard in de beschrijving; koppel aan elke categorie een regel.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) name no security measure of the register: the text is kept in the description; add the measures and link them.</source>
        <translation>
            <numerusform>%n regel noemt geen beveiligingsmaatregel uit het register: de tekst is bewaard in de beschrijving; voeg de maatregel toe en koppel hem.</numerusform>
            <numerusform>%n regels noemen geen beveiligingsmaatregel uit het register: de tekst is bewaard in de beschrijving; voeg de maatregelen toe en koppel ze.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lawful basis of Art. 6(1): the text is kept in the description.</source>
        <translation>&quot;%1&quot; is geen grondslag van art. 6 lid 1: de tekst is bewaard in de beschrijving.</translation>
    </message>
    <message>
        <source>The Art. 9(2) exception is kept per category of data: the text is kept in the description; mark the special categories.</source>
        <translation>De uitzondering van art. 9 lid 2 wordt per gegevenscategorie vastgelegd: de tekst is bewaard in de beschrijving; markeer de bijzondere categorieën.</translation>
    </message>
    <message>
        <source>Custodian derives the rights of data subjects from the lawful bases: the column is not imported.</source>
        <translation>Custodian leidt de rechten van betrokkenen af uit de grondslagen: de kolom wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <source>Not yes or no: the text is kept in the description.</source>
        <translation>Niet ja of nee: de tekst is bewaard in de beschrijving.</translation>
    </message>
    <message>
        <source>Not yes or no: the DPIA is marked as not yet assessed and the text kept in the description.</source>
        <translation>Niet ja of nee: de DPIA staat op &apos;nog niet beoordeeld&apos; en de tekst is bewaard in de beschrijving.</translation>
    </message>
    <message>
        <source>Not a state of a DPIA: the text is kept in the description.</source>
        <translation>Geen stand van een DPIA: de tekst is bewaard in de beschrijving.</translation>
    </message>
    <message>
        <source>Breaches are kept in the breach register: the text is kept in the description.</source>
        <translation>Datalekken worden vastgelegd in het register van datalekken: de tekst is bewaard in de beschrijving.</translation>
    </message>
    <message>
        <source>The register could not be exported.</source>
        <translation>Het register kon niet worden geëxporteerd.</translation>
    </message>
    <message>
        <source>The CSV files could not be written to %1.</source>
        <translation>De CSV-bestanden konden niet naar %1 worden geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>The export has %n lists: name a folder, or a file ending in .zip, for them.</source>
        <translation>
            <numerusform>De export heeft %n lijst: geef er een map voor op, of een bestand dat eindigt op .zip.</numerusform>
            <numerusform>De export heeft %n lijsten: geef er een map voor op, of een bestand dat eindigt op .zip.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not a ZIP file that can be opened.</source>
        <translation>Het bestand is geen ZIP-bestand dat kan worden geopend.</translation>
    </message>
    <message>
        <source>The ZIP file unpacks to more than 1 GB: it is not a register&apos;s lists.</source>
        <translation>Het ZIP-bestand pakt uit tot meer dan 1 GB: dit zijn niet de lijsten van een register.</translation>
    </message>
    <message>
        <source>The file cannot be unpacked from %1: it is damaged.</source>
        <translation>Het bestand kan niet uit %1 worden uitgepakt: het is beschadigd.</translation>
    </message>
    <message>
        <source>The ZIP file holds no CSV file and no workbook.</source>
        <translation>Het ZIP-bestand bevat geen CSV-bestand en geen werkmap.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Het bestand kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The file is larger than 1 GB: it is not a register&apos;s lists.</source>
        <translation>Het bestand is groter dan 1 GB: dit zijn niet de lijsten van een register.</translation>
    </message>
    <message>
        <source>The folder holds no CSV file and no workbook.</source>
        <translation>De map bevat geen CSV-bestand en geen werkmap.</translation>
    </message>
    <message>
        <source>The list is not recognised by its headers and is left out.</source>
        <translation>De lijst wordt niet herkend aan de kolomkoppen en wordt overgeslagen.</translation>
    </message>
    <message>
        <source>The column is not recognised and is left out.</source>
        <translation>De kolom wordt niet herkend en wordt overgeslagen.</translation>
    </message>
    <message>
        <source>Nothing to import: no list was recognised.</source>
        <translation>Niets te importeren: er is geen lijst herkend.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has errors.</source>
        <translation>Er is niets geïmporteerd: het bestand bevat fouten.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 ID</source>
        <translation>ID van %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>&quot;%1&quot; is niet ja of nee.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; is geen geheel getal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is geen datum: schrijf hem als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time: write it as YYYY-MM-DD HH:MM.</source>
        <translation>&quot;%1&quot; is geen datum en tijd: schrijf hem als JJJJ-MM-DD UU:MM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices: %2.</source>
        <translation>&quot;%1&quot; is geen van de keuzes: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID written by Custodian (a uuid).</source>
        <translation>&quot;%1&quot; is geen ID zoals Custodian die schrijft (een uuid).</translation>
    </message>
    <message>
        <source>No %1 is named &quot;%2&quot; in the file or the register.</source>
        <translation>Geen %1 in het bestand of het register heet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Several items of the register are named &quot;%1&quot;: write the ID of the one you mean.</source>
        <translation>Meerdere items in het register heten &quot;%1&quot;: schrijf de ID van het item dat u bedoelt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the register: a new %2 is created.</source>
        <translation>&quot;%1&quot; staat niet in het register: er wordt een nieuwe %2 aangemaakt.</translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation>Het register kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>No field of the register takes the column: its values are kept on each item as extra fields (from imports).</source>
        <translation>Het register heeft geen veld voor deze kolom: de waarden worden bij elk item bewaard als extra velden (uit import).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD or D-M-YYYY.</source>
        <translation>&quot;%1&quot; is geen datum: schrijf haar als JJJJ-MM-DD of D-M-JJJJ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period of one unit as ISO 8601 writes it: P7Y, P6M, P2W or P30D.</source>
        <translation>&quot;%1&quot; is geen termijn in één eenheid zoals ISO 8601 hem schrijft: P7Y, P6M, P2W of P30D.</translation>
    </message>
    <message>
        <source>The register has one organisation: only the sheet&apos;s first row is read.</source>
        <translation>Het register heeft één organisatie: alleen de eerste rij van het blad wordt gelezen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Custodian knows: the address&apos;s country is left empty.</source>
        <translation>&quot;%1&quot; is geen land dat Custodian kent: het land van het adres blijft leeg.</translation>
    </message>
    <message>
        <source>The description is empty: it names the retention rule.</source>
        <translation>De omschrijving is leeg: zij geeft de bewaartermijn zijn naam.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: it is kept on the activity as it is and written back in this column.</source>
        <translation>&quot;%1&quot; is geen webadres: het wordt ongewijzigd bij de verwerkingsactiviteit bewaard en in deze kolom teruggeschreven.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: Concept, In beoordeling, Goedgekeurd, Vastgesteld or Beëindigd.</source>
        <translation>&quot;%1&quot; is geen status: Concept, In beoordeling, Goedgekeurd, Vastgesteld of Beëindigd.</translation>
    </message>
    <message>
        <source>The arrangement names no joint controller of the row: it is left out.</source>
        <translation>De verdeling noemt geen gezamenlijke verwerkingsverantwoordelijke van de rij: zij wordt weggelaten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lawful basis of Art. 6(1): write one of %2, or 6.1.a to 6.1.f.</source>
        <translation>&quot;%1&quot; is geen rechtsgrond van art. 6 lid 1: schrijf een van %2, of 6.1.a tot en met 6.1.f.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of personal data of the row: write &quot;Category: value&quot; with a category of its column &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is geen categorie persoonsgegevens van de rij: schrijf &quot;Categorie: waarde&quot; met een categorie uit de kolom &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a special category of Art. 9(1): write one of %2.</source>
        <translation>&quot;%1&quot; is geen bijzondere categorie van art. 9 lid 1: schrijf een van %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a retention rule of the workbook or the register: a new one is created from the row&apos;s period, start and source.</source>
        <translation>&quot;%1&quot; is geen bewaartermijn van de werkmap of het register: er wordt een nieuwe gemaakt met de termijn, de aanvang en de bron uit de rij.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;Strafrechtelijke gegevens: grond&quot;, &quot;BSN: grond&quot; nor &quot;nee&quot;.</source>
        <translation>&quot;%1&quot; is niet &quot;Strafrechtelijke gegevens: grond&quot;, &quot;BSN: grond&quot; of &quot;nee&quot;.</translation>
    </message>
    <message>
        <source>No agreement of the register is named &quot;%1&quot;: add the processing agreement and link it to the activity.</source>
        <translation>Geen overeenkomst van het register heet &quot;%1&quot;: voeg de verwerkersovereenkomst toe en koppel haar aan de verwerkingsactiviteit.</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) are not in the register (%1): their names are kept on the activity and written back in this column; add the agreements and link them.</source>
        <translation>
            <numerusform>%n overeenkomst staat niet in het register (%1): de naam wordt bij de verwerkingsactiviteit bewaard en in deze kolom teruggeschreven; voeg de overeenkomst toe en koppel haar.</numerusform>
            <numerusform>%n overeenkomsten staan niet in het register (%1): hun namen worden bij de verwerkingsactiviteit bewaard en in deze kolom teruggeschreven; voeg de overeenkomsten toe en koppel ze.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Custodian knows.</source>
        <translation>&quot;%1&quot; is geen land dat Custodian kent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ja or nee.</source>
        <translation>&quot;%1&quot; is geen ja of nee.</translation>
    </message>
    <message>
        <source>Transfers are marked, but no country is named: name the countries in their column.</source>
        <translation>Doorgifte staat aangevinkt, maar er is geen land genoemd: noem de landen in hun kolom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country of the row: write &quot;Country: safeguard&quot;.</source>
        <translation>&quot;%1&quot; is geen land van de rij: schrijf &quot;Land: waarborg&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) are not in the register (%1): their names are kept on the activity and written back in this column; add the measures and link them.</source>
        <translation>
            <numerusform>%n maatregel staat niet in het register (%1): de naam wordt bij de verwerkingsactiviteit bewaard en in deze kolom teruggeschreven; voeg de maatregel toe en koppel hem.</numerusform>
            <numerusform>%n maatregelen staan niet in het register (%1): hun namen worden bij de verwerkingsactiviteit bewaard en in deze kolom teruggeschreven; voeg de maatregelen toe en koppel ze.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ja or nee (then &quot;Logica: …&quot; and &quot;Gevolgen: …&quot; lines).</source>
        <translation>&quot;%1&quot; is geen ja of nee (met daarna regels &quot;Logica: …&quot; en &quot;Gevolgen: …&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ja, nee or onbekend.</source>
        <translation>&quot;%1&quot; is geen ja, nee of onbekend.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;AP-lijst&quot; or &quot;WP248&quot;.</source>
        <translation>&quot;%1&quot; is geen &quot;AP-lijst&quot; of &quot;WP248&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a criterion of the %2.</source>
        <translation>&quot;%1&quot; is geen criterium van de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not Normaal or Vertrouwelijk.</source>
        <translation>&quot;%1&quot; is geen Normaal of Vertrouwelijk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither the organisation&apos;s OIN nor its KvK number: the activity is imported as the register&apos;s own.</source>
        <translation>&quot;%1&quot; is niet het OIN of het KvK-nummer van de organisatie: de verwerkingsactiviteit wordt geïmporteerd als een van het register zelf.</translation>
    </message>
    <message>
        <source>The name is empty: it names the processing activity.</source>
        <translation>De naam is leeg: hij benoemt de verwerkingsactiviteit.</translation>
    </message>
    <message>
        <source>The register makes the activity versions and the moments of its history itself: the columns of versions and moments are not read.</source>
        <translation>Het register maakt de vastgestelde versies en de momenten in zijn geschiedenis zelf: de kolommen met versies en momenten worden niet gelezen.</translation>
    </message>
    <message>
        <source>The name is empty: it names the agreement.</source>
        <translation>De naam is leeg: hij benoemt de overeenkomst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a processor relation: the row is imported as a draft agreement; record an arrangement between controllers with the activity&apos;s joint controllers.</source>
        <translation>&quot;%1&quot; is geen verwerkersrelatie: de rij wordt geïmporteerd als overeenkomst in concept; leg afspraken tussen verwerkingsverantwoordelijken vast bij de gezamenlijke verwerkingsverantwoordelijken van de verwerkingsactiviteit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not opdrachtgever or verwerker.</source>
        <translation>&quot;%1&quot; is geen opdrachtgever of verwerker.</translation>
    </message>
    <message>
        <source>The columns that sum up an agreement&apos;s lists (its activities, sub-processors, annexes, assurance reports, reviews and audit clause) are written from the register and not read: edit those in the agreement.</source>
        <translation>De kolommen die de lijsten van een overeenkomst samenvatten (haar verwerkingen, subverwerkers, bijlagen, assurancerapporten, beoordelingen en auditclausule) worden uit het register geschreven en niet gelezen: wijzig die in de overeenkomst.</translation>
    </message>
    <message>
        <source>The columns that sum up a case&apos;s records (identity checks, outcomes, grounds for refusal, recipients told, the deadline) are written from the register and not read: edit those in the case.</source>
        <translation>De kolommen die de gegevens van een zaak samenvatten (identiteitscontroles, besluiten, weigeringsgronden, geïnformeerde ontvangers, de termijn) worden uit het register geschreven en niet gelezen: wijzig die in de zaak.</translation>
    </message>
    <message>
        <source>The name is empty: it names the breach.</source>
        <translation>De naam is leeg: hij benoemt het datalek.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of records or a range such as 100–250.</source>
        <translation>&quot;%1&quot; is geen aantal records of een bereik zoals 100–250.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a right of a data subject: write one of %2, or the article (15, 16, 17, 18, 20, 21, 22, 7.3).</source>
        <translation>&quot;%1&quot; is geen recht van een betrokkene: schrijf een van %2, of het artikel (15, 16, 17, 18, 20, 21, 22, 7.3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the register: it is added as one of the organisation&apos;s administrative bodies.</source>
        <translation>&quot;%1&quot; staat niet in het register: het wordt toegevoegd als een van de bestuursorganen van de organisatie.</translation>
    </message>
    <message>
        <source>%1 is the number of another processing activity of the register: this one gets the next free number.</source>
        <translation>%1 is het nummer van een andere verwerkingsactiviteit in het register: deze krijgt het volgende vrije nummer.</translation>
    </message>
    <message>
        <source>The row has no ID and no number: it is taken to be %1, the register&apos;s one case received that day for those rights. Give a new case its own row number if it is another.</source>
        <translation>De rij heeft geen ID en geen nummer: zij wordt opgevat als %1, de enige zaak in het register die die dag voor die rechten is ontvangen. Geef een nieuwe zaak een eigen nummer als het een andere is.</translation>
    </message>
    <message>
        <source>The activity was changed in the register after this workbook was made (%1): where the row differs, it undoes that change. Export the register again and make the edits there, or check the dry run&apos;s changes.</source>
        <translation>De verwerkingsactiviteit is in het register gewijzigd nadat deze werkmap is gemaakt (%1): waar de rij afwijkt, maakt zij die wijziging ongedaan. Exporteer het register opnieuw en breng de wijzigingen daarin aan, of controleer de wijzigingen van de proefimport.</translation>
    </message>
</context>
<context>
    <name>Custodian::Exchange::Xlsx</name>
    <message>
        <source>The workbook %1 could not be written.</source>
        <translation>De werkmap %1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>The file %1 already exists: choose a new name.</source>
        <translation>Het bestand %1 bestaat al: kies een nieuwe naam.</translation>
    </message>
    <message>
        <source>libxlsxwriter could not start the workbook.</source>
        <translation>libxlsxwriter kon de werkmap niet beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) longer than a spreadsheet cell holds (32,767 characters) were cut.</source>
        <translation>
            <numerusform>%n waarde was langer dan een cel van een spreadsheet bevat (32.767 tekens) en is afgekapt.</numerusform>
            <numerusform>%n waarden waren langer dan een cel van een spreadsheet bevat (32.767 tekens) en zijn afgekapt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook has no part %1: it is damaged.</source>
        <translation>De werkmap heeft geen onderdeel %1: ze is beschadigd.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook cannot be unpacked: it is damaged.</source>
        <translation>Het onderdeel %1 van de werkmap kan niet worden uitgepakt: ze is beschadigd.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook unpacks to more than 256 MB: it is not a register&apos;s spreadsheet.</source>
        <translation>Het onderdeel %1 van de werkmap pakt uit tot meer dan 256 MB: dit is geen spreadsheet van een register.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx): it cannot be opened as one.</source>
        <translation>Het bestand is geen Excel-werkmap (.xlsx): het kan niet als werkmap worden geopend.</translation>
    </message>
    <message>
        <source>The workbook&apos;s list of sheets is damaged: %1</source>
        <translation>De lijst met bladen van de werkmap is beschadigd: %1</translation>
    </message>
    <message>
        <source>The workbook has more than %1 sheets.</source>
        <translation>De werkmap heeft meer dan %1 bladen.</translation>
    </message>
    <message>
        <source>The workbook&apos;s texts are damaged: %1</source>
        <translation>De teksten van de werkmap zijn beschadigd: %1</translation>
    </message>
    <message>
        <source>The sheet has no part in the workbook: it is damaged.</source>
        <translation>Het blad heeft geen onderdeel in de werkmap: ze is beschadigd.</translation>
    </message>
    <message>
        <source>A cell lies beyond column %1: this is not a register&apos;s list.</source>
        <translation>Een cel ligt voorbij kolom %1: dit is geen lijst van een register.</translation>
    </message>
    <message>
        <source>A cell names a text the workbook does not have: it is damaged.</source>
        <translation>Een cel verwijst naar een tekst die de werkmap niet heeft: ze is beschadigd.</translation>
    </message>
    <message>
        <source>The sheet is damaged: %1</source>
        <translation>Het blad is beschadigd: %1</translation>
    </message>
</context>
<context>
    <name>Custodian::Fields</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
    <message>
        <source>Agreement above this one</source>
        <translation>Bovenliggende overeenkomst</translation>
    </message>
    <message>
        <source>Subject matter</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Nature and purpose</source>
        <translation>Aard en doel</translation>
    </message>
    <message>
        <source>Types of personal data</source>
        <translation>Soort persoonsgegevens</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Categorieën van betrokkenen</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Van kracht vanaf</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Verloopt op</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Herbeoordeling op</translation>
    </message>
    <message>
        <source>Sub-processor authorisation</source>
        <translation>Toestemming voor subverwerkers</translation>
    </message>
    <message>
        <source>Objection window (days)</source>
        <translation>Termijn voor bezwaar tegen subverwerkers (dagen)</translation>
    </message>
    <message>
        <source>Audit evidence</source>
        <translation>Auditbewijs</translation>
    </message>
    <message>
        <source>At the end of the contract</source>
        <translation>Aan het einde van de overeenkomst</translation>
    </message>
    <message>
        <source>Proof of deletion or return</source>
        <translation>Bewijs van verwijdering of teruggave</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Bepaling</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <source>Clause reference</source>
        <translation>Vindplaats in de overeenkomst</translation>
    </message>
    <message>
        <source>Art. 28(3) checklist</source>
        <translation>Checklist art. 28 lid 3 AVG</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Intended change</source>
        <translation>Voorgenomen wijziging</translation>
    </message>
    <message>
        <source>Objection deadline</source>
        <translation>Einde termijn voor bezwaar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslist op</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Sub-processor change notices</source>
        <translation>Meldingen van wijzigingen in subverwerkers</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Bestandstype</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mailadres voor contact</translation>
    </message>
    <message>
        <source>Contact telephone</source>
        <translation>Telefoonnummer voor contact</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <source>DPO contact details</source>
        <translation>Contactgegevens van de FG</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Doorgiftemechanisme</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>SCC-module</translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation>Doorgiftebeoordeling (TIA)</translation>
    </message>
    <message>
        <source>DPF certification checked on</source>
        <translation>DPF-certificering gecontroleerd op</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Waarborgen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Special category</source>
        <translation>Bijzondere categorie</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Bewaarregel</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Legitimate-interest assessment</source>
        <translation>Belangenafweging</translation>
    </message>
    <message>
        <source>Criminal-offence data</source>
        <translation>Strafrechtelijke persoonsgegevens</translation>
    </message>
    <message>
        <source>Ground for criminal-offence data</source>
        <translation>Grondslag voor strafrechtelijke persoonsgegevens</translation>
    </message>
    <message>
        <source>Citizen service number (BSN)</source>
        <translation>Burgerservicenummer (BSN)</translation>
    </message>
    <message>
        <source>Statutory ground for the BSN</source>
        <translation>Wettelijke grondslag voor het BSN</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Herkomst van de gegevens</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Opslaglocatie</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Geautomatiseerde besluitvorming</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <source>Logic involved</source>
        <translation>Onderliggende logica</translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation>DPIA verplicht</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>DPIA status</source>
        <translation>Status van de DPIA</translation>
    </message>
    <message>
        <source>DPIA reference</source>
        <translation>Vindplaats DPIA</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Laatste herbeoordeling</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Volgende herbeoordeling</translation>
    </message>
    <message>
        <source>Lawful bases</source>
        <translation>Grondslagen</translation>
    </message>
    <message>
        <source>DPIA criteria</source>
        <translation>DPIA-criteria</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Doorgiften</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <source>Categories of processing</source>
        <translation>Categorieën van verwerkingen</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Item uit de catalogus</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Gerekend vanaf</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Soort bron</translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation>Rechtsbron</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Bewaarblokkade</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>Reden voor de bewaarblokkade</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registratienummer</translation>
    </message>
    <message>
        <source>DPO e-mail</source>
        <translation>E-mail FG</translation>
    </message>
    <message>
        <source>DPO telephone</source>
        <translation>Telefoon FG</translation>
    </message>
    <message>
        <source>Representative in the EU</source>
        <translation>Vertegenwoordiger in de EU</translation>
    </message>
    <message>
        <source>Representative&apos;s contact details</source>
        <translation>Contactgegevens vertegenwoordiger</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijken</translation>
    </message>
    <message>
        <source>e.g. From the data subject, from the customer&apos;s administration</source>
        <translation>bijv. Van de betrokkene, uit de administratie van de klant</translation>
    </message>
    <message>
        <source>Applications used</source>
        <translation>Gebruikte applicaties</translation>
    </message>
    <message>
        <source>Where the data is kept: system, supplier, country</source>
        <translation>Waar de gegevens worden bewaard: systeem, leverancier, land</translation>
    </message>
    <message>
        <source>Obligations and rights of the controller</source>
        <translation>Rechten en plichten verantwoordelijke</translation>
    </message>
    <message>
        <source>Window counted in</source>
        <translation>Termijn geteld in</translation>
    </message>
    <message>
        <source>Window starts</source>
        <translation>Termijn begint</translation>
    </message>
    <message>
        <source>Authorised by the controller on</source>
        <translation>Toestemming van de verwerkingsverantwoordelijke op</translation>
    </message>
    <message>
        <source>Authorisation document</source>
        <translation>Document van de toestemming</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verzonden op</translation>
    </message>
    <message>
        <source>Reported to the supervisory authority on</source>
        <translation>Aangemeld bij de toezichthoudende autoriteit op</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Verstrekking</translation>
    </message>
    <message>
        <source>No recipients</source>
        <translation>Geen ontvangers</translation>
    </message>
    <message>
        <source>Publicly accessible source</source>
        <translation>Openbare bron</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Needed to answer access and erasure requests completely.</source>
        <translation>Nodig om inzageverzoeken en verzoeken om gegevenswissing volledig te beantwoorden.</translation>
    </message>
    <message>
        <source>Exception (Art. 22(2))</source>
        <translation>Uitzondering (art. 22 lid 2 AVG)</translation>
    </message>
    <message>
        <source>Law that authorises it</source>
        <translation>Wet die het toestaat</translation>
    </message>
    <message>
        <source>Safeguards (Art. 22(3))</source>
        <translation>Waarborgen (art. 22 lid 3 AVG)</translation>
    </message>
    <message>
        <source>Monitoring of a public area</source>
        <translation>Monitoring van openbare ruimte</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <source>DPIA completed on</source>
        <translation>DPIA afgerond op</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Restrisico</translation>
    </message>
    <message>
        <source>Prior consultation submitted on</source>
        <translation>Voorafgaande raadpleging ingediend op</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s reference</source>
        <translation>Kenmerk van de toezichthoudende autoriteit</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s advice</source>
        <translation>Advies van de toezichthoudende autoriteit</translation>
    </message>
    <message>
        <source>Review the DPIA on</source>
        <translation>DPIA herbeoordelen op</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Goedgekeurd op</translation>
    </message>
    <message>
        <source>WP248 criteria</source>
        <translation>WP248-criteria</translation>
    </message>
    <message>
        <source>The period is</source>
        <translation>De termijn is</translation>
    </message>
    <message>
        <source>DPO appointment</source>
        <translation>Aanstelling FG</translation>
    </message>
    <message>
        <source>Which basis covers what</source>
        <translation>Welke grondslag waarvoor geldt</translation>
    </message>
    <message>
        <source>Legal provision</source>
        <translation>Wettelijk voorschrift</translation>
    </message>
    <message>
        <source>Legitimate interests pursued</source>
        <translation>Nagestreefde gerechtvaardigde belangen</translation>
    </message>
    <message>
        <source>Where consent is recorded</source>
        <translation>Vastlegging van de toestemming</translation>
    </message>
    <message>
        <source>How consent is withdrawn</source>
        <translation>Intrekken van de toestemming</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <source>DPF covers HR data</source>
        <translation>DPF dekt HR-gegevens</translation>
    </message>
    <message>
        <source>Exception (Art. 9(2))</source>
        <translation>Uitzondering (art. 9 lid 2 AVG)</translation>
    </message>
    <message>
        <source>Union or Dutch law</source>
        <translation>Unierecht of Nederlands recht</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Essence of the arrangement</source>
        <translation>Wezenlijke inhoud van de regeling</translation>
    </message>
    <message>
        <source>Contact point for data subjects</source>
        <translation>Contactpunt voor betrokkenen</translation>
    </message>
    <message>
        <source>Special categories</source>
        <translation>Bijzondere categorieën</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>Verwerkingsverantwoordelijken</translation>
    </message>
    <message>
        <source>Name and contact details (Art. 27)</source>
        <translation>Naam en contactgegevens (art. 27 AVG)</translation>
    </message>
    <message>
        <source>Law that requires storage</source>
        <translation>Wet die bewaring vereist</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Zaakkenmerk</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Data subjects and records covered</source>
        <translation>Betrokkenen en gegevens waarvoor ze geldt</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Ingegaan op</translation>
    </message>
    <message>
        <source>Last reviewed on</source>
        <translation>Laatst herbeoordeeld op</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Opgeheven op</translation>
    </message>
    <message>
        <source>Authorisation of the supervisory authority</source>
        <translation>Toestemming van de toezichthoudende autoriteit</translation>
    </message>
    <message>
        <source>Report a breach to the controller within (hours)</source>
        <translation>Datalek melden aan de verwerkingsverantwoordelijke binnen (uur)</translation>
    </message>
    <message>
        <source>Breach number</source>
        <translation>Dataleknummer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Geëindigd</translation>
    </message>
    <message>
        <source>Still going on</source>
        <translation>Nog gaande</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Ontdekt</translation>
    </message>
    <message>
        <source>Discovered by</source>
        <translation>Ontdekt door</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeld door</translation>
    </message>
    <message>
        <source>Aware of the breach</source>
        <translation>Kennisname van het datalek</translation>
    </message>
    <message>
        <source>Why from that moment</source>
        <translation>Waarom vanaf dat moment</translation>
    </message>
    <message>
        <source>Processor&apos;s notice received</source>
        <translation>Melding van de verwerker ontvangen</translation>
    </message>
    <message>
        <source>Notify the AP by</source>
        <translation>Melden aan de AP uiterlijk op</translation>
    </message>
    <message>
        <source>Type of incident</source>
        <translation>Soort incident</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>Groups of people affected</source>
        <translation>Groepen getroffen personen</translation>
    </message>
    <message>
        <source>People affected, at least</source>
        <translation>Getroffen personen, ten minste</translation>
    </message>
    <message>
        <source>People affected, at most</source>
        <translation>Getroffen personen, ten hoogste</translation>
    </message>
    <message>
        <source>Records affected, at least</source>
        <translation>Getroffen records, ten minste</translation>
    </message>
    <message>
        <source>Records affected, at most</source>
        <translation>Getroffen records, ten hoogste</translation>
    </message>
    <message>
        <source>Systems affected</source>
        <translation>Getroffen systemen</translation>
    </message>
    <message>
        <source>Encrypted to the state of the art</source>
        <translation>Versleuteld volgens de stand van de techniek</translation>
    </message>
    <message>
        <source>Hashed</source>
        <translation>Gehasht</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Gepseudonimiseerd</translation>
    </message>
    <message>
        <source>The key was compromised too</source>
        <translation>De sleutel is ook gecompromitteerd</translation>
    </message>
    <message>
        <source>Protection before the breach</source>
        <translation>Beveiliging vóór het datalek</translation>
    </message>
    <message>
        <source>Consequences for the people affected</source>
        <translation>Gevolgen voor de getroffen personen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Reasoning of the risk assessment</source>
        <translation>Onderbouwing van de risicobeoordeling</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>Advice of the data protection officer</source>
        <translation>Advies van de functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <source>Notify the Autoriteit Persoonsgegevens (Art. 33)</source>
        <translation>Melden bij de Autoriteit Persoonsgegevens (art. 33)</translation>
    </message>
    <message>
        <source>Why (not)</source>
        <translation>Waarom (niet)</translation>
    </message>
    <message>
        <source>Notified to the AP</source>
        <translation>Gemeld bij de AP</translation>
    </message>
    <message>
        <source>AP&apos;s reference number</source>
        <translation>Referentienummer van de AP</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Reasons for notifying after 72 hours</source>
        <translation>Redenen voor melding na 72 uur</translation>
    </message>
    <message>
        <source>Contact point for the AP</source>
        <translation>Contactpunt voor de AP</translation>
    </message>
    <message>
        <source>People affected in other member states</source>
        <translation>Getroffen personen in andere lidstaten</translation>
    </message>
    <message>
        <source>Other supervisory authorities</source>
        <translation>Andere toezichthoudende autoriteiten</translation>
    </message>
    <message>
        <source>Also to be notified under the Telecommunicatiewet</source>
        <translation>Ook te melden op grond van de Telecommunicatiewet</translation>
    </message>
    <message>
        <source>Inform the people affected (Art. 34)</source>
        <translation>De getroffen personen informeren (art. 34)</translation>
    </message>
    <message>
        <source>Exception (Art. 34(3))</source>
        <translation>Uitzondering (art. 34 lid 3)</translation>
    </message>
    <message>
        <source>People informed</source>
        <translation>Getroffen personen geïnformeerd</translation>
    </message>
    <message>
        <source>Informed through</source>
        <translation>Geïnformeerd via</translation>
    </message>
    <message>
        <source>The AP required it (Art. 34(4))</source>
        <translation>De AP heeft het geëist (art. 34 lid 4)</translation>
    </message>
    <message>
        <source>Other notifications (police, insurer, NCSC)</source>
        <translation>Andere meldingen (politie, verzekeraar, NCSC)</translation>
    </message>
    <message>
        <source>Measures taken and proposed</source>
        <translation>Genomen en voorgestelde maatregelen</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Geleerde lessen</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Afgesloten door</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Aangetast</translation>
    </message>
    <message>
        <source>Nature of the breach</source>
        <translation>Aard van het datalek</translation>
    </message>
    <message>
        <source>Processing activities affected</source>
        <translation>Getroffen verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Personal data involved</source>
        <translation>Betrokken persoonsgegevens</translation>
    </message>
    <message>
        <source>Special categories involved</source>
        <translation>Betrokken bijzondere categorieën</translation>
    </message>
    <message>
        <source>Vulnerable groups</source>
        <translation>Kwetsbare groepen</translation>
    </message>
    <message>
        <source>Possible harm</source>
        <translation>Mogelijke schade</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Uiterlijk gereed op</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Uitgevoerd op</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation>Informeren uiterlijk op</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Geïnformeerd</translation>
    </message>
    <message>
        <source>Controllers to notify (Art. 33(2))</source>
        <translation>Te informeren verwerkingsverantwoordelijken (art. 33 lid 2)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>Ontvangen via</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Ontvangen door</translation>
    </message>
    <message>
        <source>Reached the privacy desk on</source>
        <translation>Bij het privacyloket binnengekomen op</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <source>Requester&apos;s contact details</source>
        <translation>Contactgegevens van de verzoeker</translation>
    </message>
    <message>
        <source>Language of letters</source>
        <translation>Taal van de brieven</translation>
    </message>
    <message>
        <source>The request is made by</source>
        <translation>Het verzoek is gedaan door</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Vertegenwoordiger</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Machtiging</translation>
    </message>
    <message>
        <source>Mandate checked on</source>
        <translation>Machtiging gecontroleerd op</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Antwoord naar</translation>
    </message>
    <message>
        <source>What the request is about</source>
        <translation>Waar het verzoek over gaat</translation>
    </message>
    <message>
        <source>Reasonable doubt about the identity (Art. 12(6))</source>
        <translation>Redelijke twijfel over de identiteit (art. 12 lid 6)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Extended by two months (Art. 12(3))</source>
        <translation>Verlengd met twee maanden (art. 12 lid 3)</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Reden voor de verlenging</translation>
    </message>
    <message>
        <source>Explanation of the extension</source>
        <translation>Toelichting op de verlenging</translation>
    </message>
    <message>
        <source>Requester told of the extension on</source>
        <translation>Verzoeker over de verlenging geïnformeerd op</translation>
    </message>
    <message>
        <source>Statutory deadline</source>
        <translation>Wettelijke termijn</translation>
    </message>
    <message>
        <source>Act by</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>Internal target</source>
        <translation>Interne streefdatum</translation>
    </message>
    <message>
        <source>End of the first month</source>
        <translation>Einde van de eerste maand</translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive (Art. 12(5))</source>
        <translation>Kennelijk ongegrond of buitensporig (art. 12 lid 5)</translation>
    </message>
    <message>
        <source>Why the request is manifestly unfounded or excessive</source>
        <translation>Waarom het verzoek kennelijk ongegrond of buitensporig is</translation>
    </message>
    <message>
        <source>Fee charged</source>
        <translation>Gevraagde vergoeding</translation>
    </message>
    <message>
        <source>Telling the recipients is impossible or takes disproportionate effort</source>
        <translation>Ontvangers informeren is onmogelijk of vergt een onevenredige inspanning</translation>
    </message>
    <message>
        <source>Why the recipients were not told</source>
        <translation>Waarom de ontvangers niet zijn geïnformeerd</translation>
    </message>
    <message>
        <source>Requester told who the recipients are</source>
        <translation>Verzoeker geïnformeerd over wie de ontvangers zijn</translation>
    </message>
    <message>
        <source>Answer sent on</source>
        <translation>Antwoord verzonden op</translation>
    </message>
    <message>
        <source>Answer sent by</source>
        <translation>Antwoord verzonden via</translation>
    </message>
    <message>
        <source>The answer names the complaint to the AP and the court (Art. 12(4))</source>
        <translation>Het antwoord wijst op klacht bij de AP en beroep op de rechter (art. 12 lid 4)</translation>
    </message>
    <message>
        <source>Requester&apos;s details erased on</source>
        <translation>Gegevens van de verzoeker gewist op</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Legal ground for not granting it</source>
        <translation>Wettelijke grond voor het niet toewijzen</translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation>Ingeroepen rechten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What was asked or checked</source>
        <translation>Wat is gevraagd of gecontroleerd</translation>
    </message>
    <message>
        <source>Copy of an identity document received</source>
        <translation>Kopie van een identiteitsbewijs ontvangen</translation>
    </message>
    <message>
        <source>Copy destroyed on</source>
        <translation>Kopie vernietigd op</translation>
    </message>
    <message>
        <source>Identity checks</source>
        <translation>Identiteitscontroles</translation>
    </message>
    <message>
        <source>The access answer gave</source>
        <translation>Het antwoord op het inzageverzoek bevatte</translation>
    </message>
    <message>
        <source>Processing activities searched</source>
        <translation>Doorzochte verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Instructed on</source>
        <translation>Geïnstrueerd op</translation>
    </message>
    <message>
        <source>Processors instructed</source>
        <translation>Verwerkers geïnstrueerd</translation>
    </message>
    <message>
        <source>Told on</source>
        <translation>Geïnformeerd op</translation>
    </message>
    <message>
        <source>Recipients told (Art. 19)</source>
        <translation>Ontvangers geïnformeerd (art. 19)</translation>
    </message>
    <message>
        <source>Public body (its decisions are open to objection)</source>
        <translation>Bestuursorgaan (tegen zijn besluiten staat bezwaar open)</translation>
    </message>
    <message>
        <source>Significance and consequences</source>
        <translation>Belang en gevolgen</translation>
    </message>
    <message>
        <source>Trade names</source>
        <translation>Handelsnamen</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail for privacy questions</source>
        <translation>E-mail voor privacyvragen</translation>
    </message>
    <message>
        <source>Web form for requests</source>
        <translation>Webformulier voor verzoeken</translation>
    </message>
    <message>
        <source>Name the DPO in the privacy statement</source>
        <translation>De FG bij naam noemen in de privacyverklaring</translation>
    </message>
    <message>
        <source>Supervisory authority</source>
        <translation>Toezichthoudende autoriteit</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s website</source>
        <translation>Website van de toezichthoudende autoriteit</translation>
    </message>
    <message>
        <source>Recipients in the privacy statement</source>
        <translation>Ontvangers in de privacyverklaring</translation>
    </message>
    <message>
        <source>Language of the register&apos;s texts</source>
        <translation>Taal van de teksten in het register</translation>
    </message>
    <message>
        <source>Description in the privacy statement</source>
        <translation>Omschrijving in de privacyverklaring</translation>
    </message>
    <message>
        <source>Copy of the safeguards from</source>
        <translation>Kopie van de waarborgen via</translation>
    </message>
    <message>
        <source>In the privacy statement</source>
        <translation>In de privacyverklaring</translation>
    </message>
    <message>
        <source>Purpose in words for the public</source>
        <translation>Doel in woorden voor het publiek</translation>
    </message>
    <message>
        <source>Providing the data is</source>
        <translation>Verstrekking van de gegevens is</translation>
    </message>
    <message>
        <source>If the data is not provided</source>
        <translation>Als de gegevens niet worden verstrekt</translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation>Direct marketing</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <source>Description for the customers&apos; users</source>
        <translation>Omschrijving voor de gebruikers van klanten</translation>
    </message>
    <message>
        <source>Summary for the privacy statement</source>
        <translation>Samenvatting voor de privacyverklaring</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Techniek</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Session only</source>
        <translation>Alleen tijdens de sessie</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Levensduur</translation>
    </message>
    <message>
        <source>Lifetime unit</source>
        <translation>Eenheid van de levensduur</translation>
    </message>
    <message>
        <source>Country outside the EEA</source>
        <translation>Land buiten de EER</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Text in the register</source>
        <translation>Tekst in het register</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Vertaling</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Gepubliceerd op</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <source>How people hear of changes</source>
        <translation>Hoe mensen van wijzigingen horen</translation>
    </message>
    <message>
        <source>Note on exercising rights</source>
        <translation>Opmerking bij het uitoefenen van rechten</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Vertalingen</translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>Statement version</source>
        <translation>Versie van de verklaring</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Gepubliceerd door</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat er veranderde</translation>
    </message>
    <message>
        <source>Register state</source>
        <translation>Registerstand</translation>
    </message>
    <message>
        <source>Register state fingerprint</source>
        <translation>Vingerafdruk van de registerstand</translation>
    </message>
    <message>
        <source>What it says of the register</source>
        <translation>Wat zij over het register zegt</translation>
    </message>
    <message>
        <source>Published text in Dutch</source>
        <translation>Gepubliceerde tekst in het Nederlands</translation>
    </message>
    <message>
        <source>Published text in English</source>
        <translation>Gepubliceerde tekst in het Engels</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <source>Activity version</source>
        <translation>Vastgestelde versie</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Activity number</source>
        <translation>Activiteitnummer</translation>
    </message>
    <message>
        <source>Established at</source>
        <translation>Vastgesteld op</translation>
    </message>
    <message>
        <source>Established by</source>
        <translation>Vastgesteld door</translation>
    </message>
    <message>
        <source>What the activity said</source>
        <translation>Wat de activiteit zei</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>Save of the activity</source>
        <translation>Opslag van de activiteit</translation>
    </message>
    <message>
        <source>Base of the activity versions&apos; URIs</source>
        <translation>Basis van de URI&apos;s van vastgestelde versies</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Log retention</source>
        <translation>Bewaartermijn logging</translation>
    </message>
    <message>
        <source>Log retention unit</source>
        <translation>Eenheid bewaartermijn logging</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Naam in het bestand</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Geïmporteerd uit</translation>
    </message>
    <message>
        <source>Extra fields (from imports)</source>
        <translation>Extra velden (uit import)</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grondoorzaak</translation>
    </message>
    <message>
        <source>Data protection officer told</source>
        <translation>Gemeld aan de FG</translation>
    </message>
    <message>
        <source>Provisional or final</source>
        <translation>Voorlopig of definitief</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>Naam melder</translation>
    </message>
    <message>
        <source>Reporter&apos;s function</source>
        <translation>Functie melder</translation>
    </message>
    <message>
        <source>Reporter&apos;s telephone</source>
        <translation>Telefoon melder</translation>
    </message>
    <message>
        <source>Reporter&apos;s e-mail</source>
        <translation>E-mail melder</translation>
    </message>
    <message>
        <source>Other organisation involved</source>
        <translation>Betrokken andere organisatie</translation>
    </message>
    <message>
        <source>Means used to inform them</source>
        <translation>Gebruikte communicatiemiddelen</translation>
    </message>
    <message>
        <source>OIN (government organisation identifier)</source>
        <translation>OIN (organisatie-identificatienummer)</translation>
    </message>
    <message>
        <source>RSIN</source>
        <translation>RSIN</translation>
    </message>
    <message>
        <source>Administrative body of this organisation</source>
        <translation>Bestuursorgaan van deze organisatie</translation>
    </message>
    <message>
        <source>Based on (reference)</source>
        <translation>Gebaseerd op (referentie)</translation>
    </message>
    <message>
        <source>DPO notes (not public)</source>
        <translation>FG-opmerkingen (niet openbaar)</translation>
    </message>
    <message>
        <source>Controller (administrative body)</source>
        <translation>Verwerkingsverantwoordelijke (bestuursorgaan)</translation>
    </message>
    <message>
        <source>Decision under the Awb</source>
        <translation>Besluit in de zin van de Awb</translation>
    </message>
    <message>
        <source>Deciding administrative body</source>
        <translation>Beslissend bestuursorgaan</translation>
    </message>
    <message>
        <source>Objection received on</source>
        <translation>Bezwaar ontvangen op</translation>
    </message>
    <message>
        <source>Objection decided on</source>
        <translation>Beslissing op bezwaar op</translation>
    </message>
    <message>
        <source>Outcome of the objection</source>
        <translation>Uitkomst bezwaar</translation>
    </message>
    <message>
        <source>Appeal lodged on</source>
        <translation>Beroep ingesteld op</translation>
    </message>
    <message>
        <source>Complaint to the AP on</source>
        <translation>Klacht bij de AP op</translation>
    </message>
    <message>
        <source>Selection list</source>
        <translation>Selectielijst</translation>
    </message>
    <message>
        <source>Selection list category</source>
        <translation>Categorie selectielijst</translation>
    </message>
    <message>
        <source>Destruction method</source>
        <translation>Vernietigingsmethode</translation>
    </message>
    <message>
        <source>Last tested on</source>
        <translation>Laatst getoetst op</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Versie van het model</translation>
    </message>
    <message>
        <source>Main contract</source>
        <translation>Hoofdovereenkomst</translation>
    </message>
    <message>
        <source>Processing locations</source>
        <translation>Verwerkingslocaties</translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation>Waarborg doorgifte</translation>
    </message>
    <message>
        <source>Exit strategy</source>
        <translation>Exitstrategie</translation>
    </message>
    <message>
        <source>Where the document is kept</source>
        <translation>Vindplaats document</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Clouddienst</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Report or certificate</source>
        <translation>Rapport of certificaat</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Afgegeven door</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Afgegeven op</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Assurance reports and certificates</source>
        <translation>Assurance-rapportages en certificaten</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <source>Residual risks</source>
        <translation>Restrisico&apos;s</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Yearly supplier reviews</source>
        <translation>Jaarlijkse beoordelingen leverancier</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Normenkader</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reports that are evidence for it</source>
        <translation>Rapporten die er bewijs voor zijn</translation>
    </message>
</context>
<context>
    <name>Custodian::Letters::LetterCatalogue</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <source>Request for identification</source>
        <translation>Verzoek om identificatie</translation>
    </message>
    <message>
        <source>Request for clarification</source>
        <translation>Verzoek om verduidelijking</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Bericht van verlenging</translation>
    </message>
    <message>
        <source>Access response</source>
        <translation>Antwoord op inzageverzoek</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Afwijzing</translation>
    </message>
    <message>
        <source>Rectification, erasure or restriction completed</source>
        <translation>Rectificatie, wissing of beperking uitgevoerd</translation>
    </message>
    <message>
        <source>Notice to a recipient (Art. 19)</source>
        <translation>Kennisgeving aan een ontvanger (art. 19)</translation>
    </message>
    <message>
        <source>Instruction to a processor</source>
        <translation>Instructie aan een verwerker</translation>
    </message>
    <message>
        <source>Communication to the people affected (Art. 34)</source>
        <translation>Mededeling aan de betrokkenen (art. 34)</translation>
    </message>
</context>
<context>
    <name>Custodian::Letters::LetterTemplate</name>
    <message>
        <source>A tag is not closed: &quot;}}&quot; is missing on this line.</source>
        <translation>Een tag is niet gesloten: &quot;}}&quot; ontbreekt op deze regel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a part.</source>
        <translation>&quot;%1&quot; is geen naam van een onderdeel.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; includes itself.</source>
        <translation>Het onderdeel &quot;%1&quot; neemt zichzelf op.</translation>
    </message>
    <message>
        <source>There is no part named &quot;%1&quot;.</source>
        <translation>Er is geen onderdeel met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Part &quot;%1&quot;, line %2: %3</source>
        <translation>Onderdeel &quot;%1&quot;, regel %2: %3</translation>
    </message>
    <message>
        <source>{{%1}} closes nothing.</source>
        <translation>{{%1}} sluit niets af.</translation>
    </message>
    <message>
        <source>{{%1}} is not a tag: use #if, #unless or #each.</source>
        <translation>{{%1}} is geen tag: gebruik #if, #unless of #each.</translation>
    </message>
    <message>
        <source>{{%1}} needs the name of a value.</source>
        <translation>{{%1}} heeft de naam van een waarde nodig.</translation>
    </message>
    <message>
        <source>{{else}} comes twice in {{%1}} of line %2.</source>
        <translation>{{else}} staat twee keer in {{%1}} van regel %2.</translation>
    </message>
    <message>
        <source>{{%1}} is never closed: {{%2}} is missing.</source>
        <translation>{{%1}} wordt nergens gesloten: {{%2}} ontbreekt.</translation>
    </message>
    <message>
        <source>{{%1}} does not close {{%2}} of line %3: {{%4}} is expected.</source>
        <translation>{{%1}} sluit {{%2}} van regel %3 niet af: {{%4}} wordt verwacht.</translation>
    </message>
    <message>
        <source>{{%1}} is not a tag or the name of a value.</source>
        <translation>{{%1}} is geen tag en geen naam van een waarde.</translation>
    </message>
    <message>
        <source>This letter has no value named &quot;%1&quot;.</source>
        <translation>Deze brief heeft geen waarde met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a list: write its items with {{#each %1}}.</source>
        <translation>&quot;%1&quot; is een lijst: schrijf de onderdelen ervan met {{#each %1}}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group: name one of its values, such as %1.name.</source>
        <translation>&quot;%1&quot; is een groep: noem een van de waarden ervan, zoals %1.name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a yes or no: use it in {{#if %1}}.</source>
        <translation>&quot;%1&quot; is een ja of nee: gebruik het in {{#if %1}}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation>&quot;%1&quot; is geen lijst.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::ActivityService</name>
    <message>
        <source>The processing activity could not be found: it may have been deleted.</source>
        <translation>De verwerkingsactiviteit is niet gevonden: mogelijk is die verwijderd.</translation>
    </message>
    <message>
        <source>The processing activity was not saved: correct the marked fields first.</source>
        <translation>De verwerkingsactiviteit is niet opgeslagen: corrigeer eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The processing activity could not be saved. Nothing was changed.</source>
        <translation>De verwerkingsactiviteit kon niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The processing activity could not be retired. Nothing was changed.</source>
        <translation>De verwerkingsactiviteit kon niet buiten gebruik worden gesteld. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The processing activity could not be deleted. Nothing was changed.</source>
        <translation>De verwerkingsactiviteit kon niet worden verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The processing activity %1</source>
        <translation>De verwerkingsactiviteit %1</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::ActivityVersionService</name>
    <message>
        <source>%1 &quot;%2&quot; is now named &quot;%3&quot;.</source>
        <translation>%1 &quot;%2&quot; heet nu &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Retention rule &quot;%1&quot;: %2</source>
        <translation>Bewaarregel &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 is not established: only an approved activity is. Set its status to Approved first, once it has been reviewed.</source>
        <translation>%1 is niet vastgesteld: alleen een goedgekeurde activiteit wordt vastgesteld. Zet haar status eerst op Goedgekeurd, nadat zij is beoordeeld.</translation>
    </message>
    <message>
        <source>%1 is not established: correct the marked fields of the activity first.</source>
        <translation>%1 is niet vastgesteld: verbeter eerst de gemarkeerde velden van de activiteit.</translation>
    </message>
    <message>
        <source>An established activity version is kept as it was: it cannot be changed. Establish the activity again instead.</source>
        <translation>Een vastgestelde versie blijft zoals zij was: zij kan niet worden gewijzigd. Stel de activiteit in plaats daarvan opnieuw vast.</translation>
    </message>
    <message>
        <source>Version %1 of this activity has been established already, in the meantime.</source>
        <translation>Versie %1 van deze activiteit is intussen al vastgesteld.</translation>
    </message>
    <message>
        <source>The activity version could not be found: it may have been deleted.</source>
        <translation>De vastgestelde versie is niet gevonden: zij is misschien verwijderd.</translation>
    </message>
    <message>
        <source>The activity was not established: the version is not complete.</source>
        <translation>De activiteit is niet vastgesteld: de versie is niet volledig.</translation>
    </message>
    <message>
        <source>The activity could not be established. Nothing was changed.</source>
        <translation>De activiteit kon niet worden vastgesteld. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>An established activity version is kept as it was: it cannot be deleted.</source>
        <translation>Een vastgestelde versie blijft zoals zij was: zij kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>An established activity version is kept as it was: it cannot be retired.</source>
        <translation>Een vastgestelde versie blijft zoals zij was: zij kan niet buiten gebruik worden gesteld.</translation>
    </message>
    <message>
        <source>The activity version %1</source>
        <translation>De vastgestelde versie %1</translation>
    </message>
    <message>
        <source>%1 is not established again: it says exactly what its activity version %2 says.</source>
        <translation>%1 is niet opnieuw vastgesteld: zij zegt precies wat haar vastgestelde versie %2 zegt.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::AgreementService</name>
    <message>
        <source>The agreement could not be found: it may have been deleted.</source>
        <translation>De overeenkomst kon niet worden gevonden: mogelijk is die verwijderd.</translation>
    </message>
    <message>
        <source>The agreement was not saved: correct the marked fields first.</source>
        <translation>De overeenkomst is niet opgeslagen: corrigeer eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The agreement could not be saved. Nothing was changed.</source>
        <translation>De overeenkomst kon niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The agreement %1</source>
        <translation>De overeenkomst %1</translation>
    </message>
    <message>
        <source>The agreement could not be deleted. Nothing was changed.</source>
        <translation>De overeenkomst kon niet worden verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The document was not added: it needs a file name.</source>
        <translation>Het document is niet toegevoegd: er is een bestandsnaam nodig.</translation>
    </message>
    <message>
        <source>The document could not be added. Nothing was changed.</source>
        <translation>Het document kon niet worden toegevoegd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The document could not be found: it may have been removed.</source>
        <translation>Het document kon niet worden gevonden: mogelijk is het verwijderd.</translation>
    </message>
    <message>
        <source>The document could not be removed. Nothing was changed.</source>
        <translation>Het document kon niet worden verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The documents could not be added. Nothing was changed.</source>
        <translation>De documenten konden niet worden toegevoegd. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::AuditLog</name>
    <message>
        <source>The history of this item could not be read.</source>
        <translation>De geschiedenis van dit item kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Personal data could not be protected in the history.</source>
        <translation>Persoonsgegevens konden in de historie niet worden beschermd.</translation>
    </message>
    <message>
        <source>The history of the register could not be read.</source>
        <translation>De geschiedenis van het register kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::BreachApForm</name>
    <message>
        <source>(not recorded)</source>
        <translation>(niet vastgelegd)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>minimaal %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>maximaal %1</translation>
    </message>
    <message>
        <source>at least %1, at most %2</source>
        <translation>minimaal %1, maximaal %2</translation>
    </message>
    <message>
        <source>About this notification</source>
        <translation>Over deze melding</translation>
    </message>
    <message>
        <source>Under which legislation are you making this notification?</source>
        <translation>Op grond van welke regelgeving doet u deze melding?</translation>
    </message>
    <message>
        <source>The General Data Protection Regulation (AVG) and the Telecommunications Act (Telecommunicatiewet)</source>
        <translation>De Algemene verordening gegevensbescherming (AVG) en de Telecommunicatiewet</translation>
    </message>
    <message>
        <source>The General Data Protection Regulation (AVG)</source>
        <translation>De Algemene verordening gegevensbescherming (AVG)</translation>
    </message>
    <message>
        <source>A new notification</source>
        <translation>Een nieuwe melding</translation>
    </message>
    <message>
        <source>A supplement to an earlier notification</source>
        <translation>Een aanvulling op een eerdere melding</translation>
    </message>
    <message>
        <source>The withdrawal of an earlier notification</source>
        <translation>Een intrekking van een eerdere melding</translation>
    </message>
    <message>
        <source>Is this a new notification, a supplement to an earlier notification or its withdrawal?</source>
        <translation>Is dit een nieuwe melding, een aanvulling op een eerdere melding of een intrekking daarvan?</translation>
    </message>
    <message>
        <source>The number the AP gave the earlier notification (meldnummer)</source>
        <translation>Meldnummer van de eerdere melding</translation>
    </message>
    <message>
        <source>When was the earlier notification made?</source>
        <translation>Wanneer is de eerdere melding gedaan?</translation>
    </message>
    <message>
        <source>Contact details and other general information</source>
        <translation>Contactgegevens en overige algemene informatie</translation>
    </message>
    <message>
        <source>Which organisation is this about?</source>
        <translation>Over welke organisatie gaat het?</translation>
    </message>
    <message>
        <source>Chamber of Commerce (KvK) number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Telephone: %1</source>
        <translation>Telefoonnummer: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mailadres: %1</translation>
    </message>
    <message>
        <source>Who is reporting the data breach?</source>
        <translation>Wie meldt het datalek?</translation>
    </message>
    <message>
        <source>Whom can the AP contact for more information about the notification?</source>
        <translation>Met wie kan de AP contact opnemen voor nadere informatie over de melding?</translation>
    </message>
    <message>
        <source>Data protection officer (FG)</source>
        <translation>Functionaris voor gegevensbescherming (FG)</translation>
    </message>
    <message>
        <source>Yes: the organisation is the processor of the controllers below</source>
        <translation>Ja: de organisatie is verwerker voor de verwerkingsverantwoordelijken hieronder</translation>
    </message>
    <message>
        <source>Yes: a processor of the organisation</source>
        <translation>Ja: een verwerker van de organisatie</translation>
    </message>
    <message>
        <source>Was another organisation involved in the breach?</source>
        <translation>Was er een andere organisatie betrokken bij de inbreuk?</translation>
    </message>
    <message>
        <source>%1 (informed on %2)</source>
        <translation>%1 (geïnformeerd op %2)</translation>
    </message>
    <message>
        <source>%1 (to be informed by %2)</source>
        <translation>%1 (te informeren uiterlijk %2)</translation>
    </message>
    <message>
        <source>The controllers for whom the organisation processes the data (Art. 33(2) GDPR)</source>
        <translation>De verwerkingsverantwoordelijken voor wie de organisatie de gegevens verwerkt (art. 33 lid 2 AVG)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>When did the breach begin?</source>
        <translation>Wanneer is de inbreuk begonnen?</translation>
    </message>
    <message>
        <source>Is the breach still going on?</source>
        <translation>Duurt de inbreuk op dit moment nog voort?</translation>
    </message>
    <message>
        <source>When did the breach end?</source>
        <translation>Wanneer is de inbreuk geëindigd?</translation>
    </message>
    <message>
        <source>When was the breach discovered?</source>
        <translation>Wanneer is de inbreuk ontdekt?</translation>
    </message>
    <message>
        <source>How was the breach discovered, and by whom?</source>
        <translation>Hoe en door wie is de inbreuk ontdekt?</translation>
    </message>
    <message>
        <source>When did the processor inform the organisation of the breach?</source>
        <translation>Wanneer heeft de verwerker de organisatie over de inbreuk geïnformeerd?</translation>
    </message>
    <message>
        <source>When did the organisation become aware of the breach?</source>
        <translation>Wanneer heeft de organisatie kennisgenomen van de inbreuk?</translation>
    </message>
    <message>
        <source>Why is the breach notified more than 72 hours after becoming aware of it?</source>
        <translation>Waarom wordt de inbreuk later dan 72 uur na de kennisname gemeld?</translation>
    </message>
    <message>
        <source>Details of the data breach</source>
        <translation>Gegevens over het datalek</translation>
    </message>
    <message>
        <source>Summarise the incident in which the security of personal data was breached</source>
        <translation>Geef een samenvatting van het incident waarbij er een inbreuk op de beveiliging van persoonsgegevens is geweest</translation>
    </message>
    <message>
        <source>What is the nature of the incident in which the security of personal data was breached?</source>
        <translation>Wat is de aard van het incident waarbij er een inbreuk op de beveiliging van persoonsgegevens is geweest?</translation>
    </message>
    <message>
        <source>Which aspects of security were breached: confidentiality, integrity, availability?</source>
        <translation>Welke aspecten van de beveiliging zijn geschonden: vertrouwelijkheid, integriteit, beschikbaarheid?</translation>
    </message>
    <message>
        <source>What type of incident was it?</source>
        <translation>Om wat voor soort incident gaat het?</translation>
    </message>
    <message>
        <source>What caused the breach?</source>
        <translation>Wat is de oorzaak van de inbreuk?</translation>
    </message>
    <message>
        <source>In which processing activities did it occur?</source>
        <translation>Bij welke verwerkingen heeft de inbreuk zich voorgedaan?</translation>
    </message>
    <message>
        <source>Which systems were affected?</source>
        <translation>Welke systemen zijn getroffen?</translation>
    </message>
    <message>
        <source>Personal data involved in the data breach</source>
        <translation>Persoonsgegevens die betrokken zijn bij het datalek</translation>
    </message>
    <message>
        <source>Which kinds of personal data are involved?</source>
        <translation>Om welke soort(en) persoonsgegevens gaat het?</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Which special categories of personal data are involved?</source>
        <translation>Om welke bijzondere categorieën van persoonsgegevens gaat het?</translation>
    </message>
    <message>
        <source>How many data records were affected by the breach (approximately, if need be)?</source>
        <translation>Hoeveel gegevensrecords zijn (eventueel bij benadering) getroffen door de inbreuk?</translation>
    </message>
    <message>
        <source>The group of people whose personal data are involved in the data breach</source>
        <translation>De groep mensen van wie persoonsgegevens betrokken zijn bij het datalek</translation>
    </message>
    <message>
        <source>How many people are affected by the breach (approximately, if need be)?</source>
        <translation>Hoeveel personen zijn (eventueel bij benadering) getroffen door de inbreuk?</translation>
    </message>
    <message>
        <source>Which groups of people are affected?</source>
        <translation>Om welke groep(en) personen gaat het?</translation>
    </message>
    <message>
        <source>Are vulnerable groups affected, such as children?</source>
        <translation>Zijn er kwetsbare groepen betrokken, zoals kinderen?</translation>
    </message>
    <message>
        <source>Measures taken before the data breach</source>
        <translation>Maatregelen die zijn getroffen voordat het datalek plaatsvond</translation>
    </message>
    <message>
        <source>Were the personal data encrypted, hashed or otherwise made unintelligible or inaccessible to unauthorised persons?</source>
        <translation>Waren de persoonsgegevens versleuteld, gehasht of op een andere manier onbegrijpelijk of ontoegankelijk gemaakt voor onbevoegden?</translation>
    </message>
    <message>
        <source>Encrypted to the state of the art</source>
        <translation>Versleuteld volgens de stand van de techniek</translation>
    </message>
    <message>
        <source>Hashed</source>
        <translation>Gehasht</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Gepseudonimiseerd</translation>
    </message>
    <message>
        <source>Has the key or password come into the hands of unauthorised persons as well?</source>
        <translation>Is ook de sleutel of het wachtwoord in handen van onbevoegden gekomen?</translation>
    </message>
    <message>
        <source>Explain how the personal data were protected</source>
        <translation>Licht toe hoe de persoonsgegevens waren beveiligd</translation>
    </message>
    <message>
        <source>Consequences of the data breach</source>
        <translation>Gevolgen van het datalek</translation>
    </message>
    <message>
        <source>What are the consequences of the breach of the confidentiality, integrity or availability of the data for the people affected?</source>
        <translation>Wat zijn de gevolgen van de inbreuk op de vertrouwelijkheid, de integriteit en/of de beschikbaarheid van de gegevens voor de betrokkenen?</translation>
    </message>
    <message>
        <source>What consequences can the breach have for the private lives of the people affected (physical, material or immaterial harm)?</source>
        <translation>Welke gevolgen kan de inbreuk hebben voor de persoonlijke levenssfeer van de betrokkenen (lichamelijke, materiële en immateriële schade)?</translation>
    </message>
    <message>
        <source>Estimate the severity of the possible consequences for the people affected</source>
        <translation>Geef een inschatting van de ernst van de mogelijke gevolgen voor de betrokkenen</translation>
    </message>
    <message>
        <source>Follow-up actions after the data breach</source>
        <translation>Vervolgacties naar aanleiding van het datalek</translation>
    </message>
    <message>
        <source>Have you informed the people affected of the breach, or do you intend to?</source>
        <translation>Heeft u het datalek gemeld aan de betrokkenen of bent u van plan dat te gaan doen?</translation>
    </message>
    <message>
        <source>When were the people affected informed?</source>
        <translation>Wanneer zijn de betrokkenen geïnformeerd?</translation>
    </message>
    <message>
        <source>How were the people affected informed?</source>
        <translation>Hoe zijn de betrokkenen geïnformeerd?</translation>
    </message>
    <message>
        <source>When do you intend to inform the people affected?</source>
        <translation>Wanneer bent u van plan de betrokkenen te informeren?</translation>
    </message>
    <message>
        <source>How will the people affected be informed?</source>
        <translation>Hoe gaat u de betrokkenen informeren?</translation>
    </message>
    <message>
        <source>Why do you not inform the people affected?</source>
        <translation>Waarom ziet u af van het melden aan de betrokkenen?</translation>
    </message>
    <message>
        <source>Informing every person affected would take disproportionate effort: how do you inform them through a public communication?</source>
        <translation>Het informeren van alle betrokkenen zou een onevenredige inspanning vergen: hoe informeert u de betrokkenen door een openbare mededeling?</translation>
    </message>
    <message>
        <source>Explain your choice</source>
        <translation>Licht uw keuze toe</translation>
    </message>
    <message>
        <source>Which measures have you taken, or do you intend to take, to address the breach and limit its consequences?</source>
        <translation>Welke maatregelen heeft u genomen of gaat u nemen om de inbreuk aan te pakken en de gevolgen ervan te beperken?</translation>
    </message>
    <message>
        <source>responsible: %1</source>
        <translation>verantwoordelijke: %1</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>afgerond op %1</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <source>Did the breach occur in cross-border processing (people affected in other EU member states)?</source>
        <translation>Heeft de inbreuk zich voorgedaan in een grensoverschrijdende gegevensverwerking (betrokkenen in andere EU-lidstaten)?</translation>
    </message>
    <message>
        <source>Have you notified the breach to other supervisory authorities as well? To which?</source>
        <translation>Heeft u de inbreuk ook gemeld bij andere toezichthouders? Bij welke?</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>The organisation&apos;s own reference for the breach</source>
        <translation>Eigen kenmerk van de organisatie voor het datalek</translation>
    </message>
    <message>
        <source>Other notifications of the breach (police, insurer, NCSC, sector regulators)</source>
        <translation>Andere meldingen van de inbreuk (politie, verzekeraar, NCSC, sectortoezichthouders)</translation>
    </message>
    <message>
        <source>Is the notification provisional or final?</source>
        <translation>Is de melding voorlopig of definitief?</translation>
    </message>
    <message>
        <source>%1 (function not recorded)</source>
        <translation>%1 (functie niet vastgelegd)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::BreachService</name>
    <message>
        <source>The breach could not be found: it may have been deleted.</source>
        <translation>Het datalek kon niet worden gevonden: mogelijk is het verwijderd.</translation>
    </message>
    <message>
        <source>The breach was not saved: correct the marked fields first.</source>
        <translation>Het datalek is niet opgeslagen: corrigeer eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The breach could not be saved. Nothing was changed.</source>
        <translation>Het datalek kon niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The breach could not be deleted. Nothing was changed.</source>
        <translation>Het datalek kon niet worden verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The breach %1</source>
        <translation>Het datalek %1</translation>
    </message>
    <message>
        <source>The breach deadlines could not be counted again.</source>
        <translation>De termijnen van de datalekken konden niet opnieuw worden berekend.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::CaseNumbers</name>
    <message>
        <source>No case number could be given.</source>
        <translation>Er kon geen zaaknummer worden toegekend.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::CompletenessCheck</name>
    <message>
        <source>The transfer in row %1 does not name the third country or international organisation: %2 requires it.</source>
        <translation>De doorgifte in rij %1 noemt het derde land of de internationale organisatie niet: %2 vereist dat.</translation>
    </message>
    <message>
        <source>The transfer in row %1 names no transfer mechanism: record the adequacy decision, safeguards or derogation it rests on (Arts. 44 to 49, %2).</source>
        <translation>De doorgifte in rij %1 noemt geen doorgiftemechanisme: leg het adequaatheidsbesluit, de waarborgen of de afwijking vast waarop de doorgifte berust (art. 44 tot en met 49 AVG; %2).</translation>
    </message>
    <message>
        <source>The transfer in row %1 rests on standard contractual clauses but names no module: record which module of Decision (EU) 2021/914 was signed (Art. 46(2)(c)).</source>
        <translation>De doorgifte in rij %1 berust op standaardcontractbepalingen, maar noemt geen module: leg vast welke module van Uitvoeringsbesluit (EU) 2021/914 is ondertekend (art. 46 lid 2 onder c AVG).</translation>
    </message>
    <message>
        <source>The transfer in row %1 relies on the EU-US Data Privacy Framework, which covers only certified organisations: check the recipient&apos;s certification and record the date (not checked in the last 12 months; Art. 45).</source>
        <translation>De doorgifte in rij %1 berust op het EU-VS Data Privacy Framework (DPF), dat alleen gecertificeerde organisaties dekt: controleer de certificering van de ontvanger en leg de datum vast (de afgelopen 12 maanden niet gecontroleerd; art. 45 AVG).</translation>
    </message>
    <message>
        <source>No next review date is set: plan one, so the record stays accurate (accountability, Art. 5(2) and Art. 24(1)).</source>
        <translation>Er is geen datum voor de volgende herbeoordeling ingesteld: plan er een, zodat de vastlegging juist blijft (verantwoordingsplicht, art. 5 lid 2 en art. 24 lid 1 AVG).</translation>
    </message>
    <message>
        <source>The review planned for %1 is overdue: review the record and set the next date (accountability, Art. 5(2) and Art. 24(1)).</source>
        <translation>De herbeoordeling die voor %1 gepland stond, is achterstallig: beoordeel de vastlegging opnieuw en stel de volgende datum in (verantwoordingsplicht, art. 5 lid 2 en art. 24 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Criminal-offence data is processed without a ground: record the authority or law that allows it (Art. 10; UAVG arts. 31 to 33).</source>
        <translation>Er worden strafrechtelijke persoonsgegevens verwerkt zonder grond: leg vast onder welk overheidsgezag of op grond van welke wet dit mag (art. 10 AVG; art. 31 tot en met 33 UAVG).</translation>
    </message>
    <message>
        <source>The citizen service number (BSN) is processed without a ground: name the law that prescribes it (UAVG art. 46).</source>
        <translation>Het burgerservicenummer (BSN) wordt verwerkt zonder grond: noem de wet die het voorschrijft (art. 46 UAVG).</translation>
    </message>
    <message>
        <source>The processing rests on legitimate interests without a reference to the balancing test: record the legitimate-interest assessment (Art. 6(1)(f), Art. 5(2)).</source>
        <translation>De verwerking berust op gerechtvaardigd belang zonder verwijzing naar een belangenafweging: leg de belangenafweging vast (art. 6 lid 1 onder f en art. 5 lid 2 AVG).</translation>
    </message>
    <message>
        <source>Art. 30(1)(e)</source>
        <translation>art. 30 lid 1 onder e AVG</translation>
    </message>
    <message>
        <source>The category %1 has no retention period: link a retention rule, as Art. 30(1)(f) asks where possible.</source>
        <translation>De categorie %1 heeft geen bewaartermijn: koppel een bewaarregel, zoals art. 30 lid 1 onder f AVG waar mogelijk vraagt.</translation>
    </message>
    <message>
        <source>The retention rule %1 of the category %2 names no legal ground: record the statute, guidance or policy the period comes from (Art. 30(1)(f), Art. 5(1)(e)).</source>
        <translation>De bewaarregel %1 van de categorie %2 noemt geen juridische grondslag: leg de wet, het advies of het beleid vast waaruit de termijn volgt (art. 30 lid 1 onder f en art. 5 lid 1 onder e AVG).</translation>
    </message>
    <message>
        <source>Name the department or person who owns the processing, so questions reach someone (accountability, Art. 5(2)).</source>
        <translation>Noem de afdeling of persoon die eigenaar is van de verwerking, zodat vragen bij iemand terechtkomen (verantwoordingsplicht, art. 5 lid 2 AVG).</translation>
    </message>
    <message>
        <source>The processing relies on the agreement %1, which has been terminated: a processor needs a binding agreement (Art. 28(3)). Link the current agreement.</source>
        <translation>De verwerking steunt op de overeenkomst %1, die is beëindigd: een verwerker heeft een bindende overeenkomst nodig (art. 28 lid 3 AVG). Koppel de huidige overeenkomst.</translation>
    </message>
    <message>
        <source>The processing relies on the agreement %1, which expired on %2: a processor needs a binding agreement (Art. 28(3)). Renew it or link the current one.</source>
        <translation>De verwerking steunt op de overeenkomst %1, die op %2 is verlopen: een verwerker heeft een bindende overeenkomst nodig (art. 28 lid 3 AVG). Verleng de overeenkomst of koppel de huidige.</translation>
    </message>
    <message>
        <source>A DPIA is required but not completed: Art. 35(1) requires it before the processing starts.</source>
        <translation>Een DPIA is verplicht, maar niet afgerond: art. 35 lid 1 AVG vereist die voordat de verwerking begint.</translation>
    </message>
    <message>
        <source>The processing falls under the Dutch DPA&apos;s list of processing that always needs a DPIA (%1), but is marked as not needing one: carry out the DPIA (Art. 35(4)).</source>
        <translation>De verwerking valt onder de lijst van de Autoriteit Persoonsgegevens met verwerkingen waarvoor altijd een DPIA verplicht is (%1), maar is gemarkeerd als niet DPIA-plichtig: voer de DPIA uit (art. 35 lid 4 AVG).</translation>
    </message>
    <message>
        <source>Art. 30(2)(c)</source>
        <translation>art. 30 lid 2 onder c AVG</translation>
    </message>
    <message>
        <source>There is no processing agreement with %1: processing for a controller must be governed by one (Art. 28(3)).</source>
        <translation>Er is geen verwerkersovereenkomst met %1: een verwerking voor een verwerkingsverantwoordelijke moet daarin zijn geregeld (art. 28 lid 3 AVG).</translation>
    </message>
    <message>
        <source>The agreement does not show that it covers this Art. 28(3) item: %1. Tick it with the clause that covers it, or amend the agreement.</source>
        <translation>Uit de overeenkomst blijkt niet dat dit onderdeel van art. 28 lid 3 AVG is geregeld: %1. Vink het aan met de bepaling die het regelt, of pas de overeenkomst aan.</translation>
    </message>
    <message>
        <source>A sub-processing agreement must pass on the obligations of the agreement above it (Art. 28(4)): choose that agreement as its parent.</source>
        <translation>Een subverwerkersovereenkomst moet de verplichtingen van de bovenliggende overeenkomst doorgeven (art. 28 lid 4 AVG): kies die overeenkomst als bovenliggende overeenkomst.</translation>
    </message>
    <message>
        <source>The agreement expired on %1 but is still active: renew it or terminate it (Art. 28(3)).</source>
        <translation>De overeenkomst is op %1 verlopen, maar is nog actief: verleng of beëindig de overeenkomst (art. 28 lid 3 AVG).</translation>
    </message>
    <message>
        <source>The review planned for %1 is overdue: check the agreement still matches the processing (Art. 28(1)).</source>
        <translation>De herbeoordeling die voor %1 gepland stond, is achterstallig: controleer of de overeenkomst nog bij de verwerking past (art. 28 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Sub-processors are generally authorised but no objection window is recorded: Art. 28(2) gives the controller the chance to object to changes. Record the agreed number of days.</source>
        <translation>Er is algemene schriftelijke toestemming voor subverwerkers gegeven, maar er is geen termijn voor bezwaar vastgelegd: art. 28 lid 2 AVG geeft de verwerkingsverantwoordelijke de gelegenheid bezwaar te maken tegen wijzigingen. Leg het afgesproken aantal dagen vast.</translation>
    </message>
    <message>
        <source>The objection period for the sub-processor change received on %1 ended on %2 without a decision: record whether it was accepted or objected to (Art. 28(2)).</source>
        <translation>De termijn voor bezwaar voor de wijzigingsmelding over subverwerkers die op %1 is ontvangen, is op %2 verstreken zonder besluit: leg vast of de wijziging is geaccepteerd of dat er bezwaar is gemaakt (art. 28 lid 2 AVG).</translation>
    </message>
    <message>
        <source>The agreement is terminated without proof that the data was deleted or returned: record it (Art. 28(3)(g)).</source>
        <translation>De overeenkomst is beëindigd zonder bewijs dat de gegevens zijn verwijderd of teruggegeven: leg dit vast (art. 28 lid 3 onder g AVG).</translation>
    </message>
    <message>
        <source>No DPO is required, but the reasoning is not recorded: document why Art. 37(1) does not apply, as the WP29 guidelines on DPOs (WP243) recommend.</source>
        <translation>Er is geen FG verplicht, maar de onderbouwing ontbreekt: leg vast waarom art. 37 lid 1 AVG niet van toepassing is, zoals de WP29-richtsnoeren over de FG (WP243) aanraden.</translation>
    </message>
    <message>
        <source>No data protection officer is named: Art. 30(1)(a) asks for the DPO&apos;s contact details. Name the DPO, or record that none is required and why (Art. 37).</source>
        <translation>Er is geen functionaris voor gegevensbescherming vermeld: art. 30 lid 1 onder a AVG vraagt om de contactgegevens van de FG. Vermeld de FG, of leg vast dat er geen FG verplicht is en waarom (art. 37 AVG).</translation>
    </message>
    <message>
        <source>A DPO is appointed but not named: Art. 30(1)(a) asks for the DPO&apos;s contact details.</source>
        <translation>Er is een FG aangesteld, maar die is niet vermeld: art. 30 lid 1 onder a AVG vraagt om de contactgegevens van de FG.</translation>
    </message>
    <message>
        <source>Record the date the DPO was communicated to the supervisory authority: Art. 37(7) requires it (in the Netherlands, through the AP&apos;s register of DPOs).</source>
        <translation>Leg vast wanneer de FG bij de toezichthoudende autoriteit is aangemeld: art. 37 lid 7 AVG vereist dit (in Nederland via de FG-registratie van de AP).</translation>
    </message>
    <message>
        <source>The processing relies on the agreement %1, which is still a draft: an agreement binds only once it is concluded in writing (Art. 28(3) and 28(9)). Record it as active when it is.</source>
        <translation>De verwerking steunt op de overeenkomst %1, die nog een concept is: een overeenkomst bindt pas als die schriftelijk is gesloten (art. 28 lid 3 en lid 9 AVG). Zet de status op actief zodra dat zo is.</translation>
    </message>
    <message>
        <source>The processing relies on the agreement %1, which takes effect only on %2: until then the processor has no binding agreement (Art. 28(3)).</source>
        <translation>De verwerking steunt op de overeenkomst %1, die pas op %2 ingaat: tot dan heeft de verwerker geen bindende overeenkomst (art. 28 lid 3 AVG).</translation>
    </message>
    <message>
        <source>Name the categories of recipients, internal ones and processors included, or record that the data is disclosed to no one: Art. 30(1)(d) requires them in the record.</source>
        <translation>Noem de categorieën van ontvangers, inclusief interne ontvangers en verwerkers, of leg vast dat de gegevens aan niemand worden verstrekt: art. 30 lid 1 onder d AVG vereist die in het register.</translation>
    </message>
    <message>
        <source>In the agreement %1 our organisation is the processor, for %2: it governs processing for that controller, not this activity. Link it to the record of processing as a processor (Art. 30(2)).</source>
        <translation>In de overeenkomst %1 is onze organisatie de verwerker, voor %2: die regelt de verwerking voor die verwerkingsverantwoordelijke, niet deze verwerking. Koppel de overeenkomst aan de vastlegging van de verwerking als verwerker (art. 30 lid 2 AVG).</translation>
    </message>
    <message>
        <source>another party</source>
        <translation>een andere partij</translation>
    </message>
    <message>
        <source>The processor in row %1 of the recipients is not a party in the register: choose the party, so that its processing agreement can be checked (Art. 28(3)).</source>
        <translation>De verwerker in rij %1 van de ontvangers is geen partij in het register: kies de partij, zodat de verwerkersovereenkomst kan worden gecontroleerd (art. 28 lid 3 AVG).</translation>
    </message>
    <message>
        <source>%1 is a processor of this activity, but its agreement %2 is not linked: link it, so the record shows the processing is governed by it (Art. 28(3)).</source>
        <translation>%1 is verwerker bij deze verwerking, maar de overeenkomst %2 is niet gekoppeld: koppel die, zodat het register laat zien dat de verwerking daardoor wordt beheerst (art. 28 lid 3 AVG).</translation>
    </message>
    <message>
        <source>%1 is a processor of this activity, but no agreement with %1 as processor is linked: processing by a processor must be governed by a binding agreement (Art. 28(3)).</source>
        <translation>%1 is verwerker bij deze verwerking, maar er is geen overeenkomst met %1 als verwerker gekoppeld: verwerking door een verwerker moet worden beheerst door een bindende overeenkomst (art. 28 lid 3 AVG).</translation>
    </message>
    <message>
        <source>The linked agreement %1 names %2 as processor, but %2 is not among the recipients: add it as a processor (Art. 30(1)(d)).</source>
        <translation>De gekoppelde overeenkomst %1 noemt %2 als verwerker, maar %2 staat niet bij de ontvangers: voeg die toe als verwerker (art. 30 lid 1 onder d AVG).</translation>
    </message>
    <message>
        <source>The category %1 is kept under the retention rule %2, which is retired: link the rule that applies now (Art. 30(1)(f)).</source>
        <translation>De categorie %1 valt onder de bewaarregel %2, die buiten gebruik is: koppel de regel die nu geldt (art. 30 lid 1 onder f AVG).</translation>
    </message>
    <message>
        <source>The retention rule %1 of the category %2 gives neither a period nor the event that ends it: Art. 30(1)(f) asks for the time limit for erasure, or the criteria that set it.</source>
        <translation>De bewaarregel %1 van de categorie %2 noemt geen termijn en geen gebeurtenis waarop die eindigt: art. 30 lid 1 onder f AVG vraagt om de termijn voor het wissen, of de criteria die die bepalen.</translation>
    </message>
    <message>
        <source>Decisions are based solely on automated processing without an exception: record whether a contract, a law or explicit consent allows them (Art. 22(2)), or stop them.</source>
        <translation>Er worden besluiten genomen die uitsluitend op geautomatiseerde verwerking berusten, zonder uitzondering: leg vast of een overeenkomst, een wet of uitdrukkelijke toestemming ze toestaat (art. 22 lid 2 AVG), of stop ermee.</translation>
    </message>
    <message>
        <source>The automated decisions rest on a law that is not named: record the Union or Dutch law that authorises them and lays down the safeguards (Art. 22(2)(b)).</source>
        <translation>De geautomatiseerde besluiten berusten op een wet die niet is genoemd: leg de Unie- of Nederlandse wet vast die ze toestaat en de waarborgen regelt (art. 22 lid 2 onder b AVG).</translation>
    </message>
    <message>
        <source>Record the safeguards for the automated decisions: at least the right to human intervention, to express one&apos;s point of view and to contest the decision (Art. 22(3)).</source>
        <translation>Leg de waarborgen bij de geautomatiseerde besluiten vast: ten minste het recht op menselijke tussenkomst, op het kenbaar maken van het eigen standpunt en op het aanvechten van het besluit (art. 22 lid 3 AVG).</translation>
    </message>
    <message>
        <source>Automated decisions on special categories of data are allowed only with explicit consent or for a substantial public interest, Art. 9(2)(a) or (g), with suitable safeguards (Art. 22(4)).</source>
        <translation>Geautomatiseerde besluiten op basis van bijzondere categorieën van persoonsgegevens zijn alleen toegestaan met uitdrukkelijke toestemming of om redenen van zwaarwegend algemeen belang, art. 9 lid 2 onder a of g, met passende waarborgen (art. 22 lid 4 AVG).</translation>
    </message>
    <message>
        <source>Art. 35(3)(a): automated evaluation, including profiling, on which decisions with legal or similarly significant effects are based</source>
        <translation>art. 35 lid 3 onder a AVG: geautomatiseerde beoordeling, waaronder profilering, waarop besluiten met rechtsgevolgen of vergelijkbare wezenlijke gevolgen worden gebaseerd</translation>
    </message>
    <message>
        <source>Art. 35(3)(b): special categories or criminal-offence data on a large scale</source>
        <translation>art. 35 lid 3 onder b AVG: bijzondere categorieën of strafrechtelijke persoonsgegevens op grote schaal</translation>
    </message>
    <message>
        <source>Art. 35(3)(c): systematic monitoring of a publicly accessible area on a large scale</source>
        <translation>art. 35 lid 3 onder c AVG: stelselmatige en grootschalige monitoring van openbaar toegankelijke ruimten</translation>
    </message>
    <message>
        <source>A DPIA is required by law for this processing (%1): mark it as required and carry it out before the processing starts.</source>
        <translation>Voor deze verwerking is een DPIA wettelijk verplicht (%1): markeer de DPIA als vereist en voer die uit voordat de verwerking begint.</translation>
    </message>
    <message>
        <source>Whether a DPIA is needed has not been assessed: the controller must assess it before the processing starts (Art. 35(1)). Record the outcome and the reasoning.</source>
        <translation>Er is niet beoordeeld of een DPIA nodig is: de verwerkingsverantwoordelijke moet dat beoordelen voordat de verwerking begint (art. 35 lid 1 AVG). Leg de uitkomst en de onderbouwing vast.</translation>
    </message>
    <message>
        <source>The processing meets %1 criteria of the DPIA guidelines (WP248: %2); two or more usually mean a DPIA is required. Carry it out, or record why it is not needed (Art. 35(1)).</source>
        <translation>De verwerking voldoet aan %1 criteria uit de DPIA-richtsnoeren (WP248: %2); bij twee of meer is een DPIA meestal verplicht. Voer de DPIA uit, of leg vast waarom die niet nodig is (art. 35 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Record why no DPIA is needed: the DPIA guidelines (WP248) recommend documenting the assessment (Art. 35(1), accountability Art. 5(2)).</source>
        <translation>Leg vast waarom geen DPIA nodig is: de DPIA-richtsnoeren (WP248) raden aan de afweging vast te leggen (art. 35 lid 1 AVG, verantwoordingsplicht art. 5 lid 2 AVG).</translation>
    </message>
    <message>
        <source>Record the outcome of the DPIA: the residual risk after the measures decides whether the supervisory authority must be consulted first (Art. 36(1)).</source>
        <translation>Leg de uitkomst van de DPIA vast: het restrisico na de maatregelen bepaalt of eerst de toezichthoudende autoriteit moet worden geraadpleegd (art. 36 lid 1 AVG).</translation>
    </message>
    <message>
        <source>The DPIA leaves a high residual risk: consult the supervisory authority before the processing starts and record when (Art. 36(1)).</source>
        <translation>De DPIA laat een hoog restrisico over: raadpleeg de toezichthoudende autoriteit voordat de verwerking begint en leg vast wanneer (art. 36 lid 1 AVG).</translation>
    </message>
    <message>
        <source>The review of the DPIA planned for %1 is overdue: check that the processing still matches it (Art. 35(11)).</source>
        <translation>De herbeoordeling van de DPIA, gepland op %1, is te laat: controleer of de verwerking er nog mee overeenkomt (art. 35 lid 11 AVG).</translation>
    </message>
    <message>
        <source>Record where the data comes from: when it is not collected from the data subjects themselves, they must be told the source (Art. 14(2)(f)).</source>
        <translation>Leg vast waar de gegevens vandaan komen: als ze niet bij de betrokkenen zelf zijn verkregen, moeten zij de bron te horen krijgen (art. 14 lid 2 onder f AVG).</translation>
    </message>
    <message>
        <source>Record who approved the record and when, so a report can show it (accountability, Art. 5(2)).</source>
        <translation>Leg vast wie de vastlegging heeft goedgekeurd en wanneer, zodat een rapport dat kan tonen (verantwoordingsplicht, art. 5 lid 2 AVG).</translation>
    </message>
    <message>
        <source>The agreement does not record %1: Art. 28(3), first sentence, requires the contract to set out the subject matter and duration, the nature and purpose, the type of personal data and categories of data subjects, and the obligations and rights of the controller.</source>
        <translation>De overeenkomst legt niet vast: %1. Volgens art. 28 lid 3, eerste volzin AVG omschrijft de overeenkomst het onderwerp en de duur, de aard en het doel, het soort persoonsgegevens en de categorieën van betrokkenen, en de rechten en plichten van de verwerkingsverantwoordelijke.</translation>
    </message>
    <message>
        <source>The agreement above it, %1, records no authorisation of sub-processors: engaging one needs the controller&apos;s prior written authorisation, specific or general (Art. 28(2)).</source>
        <translation>De bovenliggende overeenkomst, %1, legt geen toestemming voor subverwerkers vast: voor het inschakelen van een subverwerker is voorafgaande schriftelijke toestemming van de verwerkingsverantwoordelijke nodig, specifiek of algemeen (art. 28 lid 2 AVG).</translation>
    </message>
    <message>
        <source>The agreement above it, %1, allows sub-processors only with specific authorisation: record the date and the document of the controller&apos;s prior written authorisation of this one (Art. 28(2)).</source>
        <translation>De bovenliggende overeenkomst, %1, staat subverwerkers alleen toe met specifieke toestemming: leg de datum en het document vast van de voorafgaande schriftelijke toestemming van de verwerkingsverantwoordelijke voor deze subverwerker (art. 28 lid 2 AVG).</translation>
    </message>
    <message>
        <source>Record the evidence that the processor gives sufficient guarantees, such as a certification or an audit report (Art. 28(1)).</source>
        <translation>Leg het bewijs vast dat de verwerker voldoende garanties biedt, zoals een certificering of een auditrapport (art. 28 lid 1 AVG).</translation>
    </message>
    <message>
        <source>The agreement counts the objection window from the day a notice is sent, but the notice received on %1 has no date of sending: record it. Until then the window is counted from receipt, which can end later than the agreement allows.</source>
        <translation>De overeenkomst telt de termijn voor bezwaar vanaf de dag van verzending, maar de melding die op %1 is ontvangen heeft geen verzenddatum: leg die vast. Tot dan wordt de termijn vanaf de ontvangst geteld, en die kan later eindigen dan de overeenkomst toestaat.</translation>
    </message>
    <message>
        <source>No copy of the agreement as concluded is kept: add the document, signed or accepted electronically (Art. 28(9): in writing, including in electronic form).</source>
        <translation>Er is geen exemplaar van de gesloten overeenkomst bewaard: voeg het document toe, ondertekend of elektronisch aanvaard (art. 28 lid 9 AVG: schriftelijk, waaronder in elektronische vorm).</translation>
    </message>
    <message>
        <source>The Dutch catalogue corrected this entry after the register was made: it now reads &quot;%1&quot;. Check the rule and correct it, so data is not deleted before the law allows (Art. 5(1)(e)).</source>
        <translation>De Nederlandse catalogus heeft dit onderdeel verbeterd nadat het register werd aangemaakt: er staat nu &quot;%1&quot;. Controleer de regel en verbeter die, zodat gegevens niet eerder worden verwijderd dan de wet toestaat (art. 5 lid 1 onder e AVG).</translation>
    </message>
    <message>
        <source>A legal obligation or public task must be laid down in Union or Dutch law: name the law and article it rests on, such as &quot;AWR art. 52&quot; (Art. 6(3)).</source>
        <translation>Een wettelijke verplichting of taak van algemeen belang moet in Unierecht of Nederlands recht zijn vastgelegd: noem de wet en het artikel waarop die berust, zoals &quot;AWR art. 52&quot; (art. 6 lid 3 AVG).</translation>
    </message>
    <message>
        <source>Describe the legitimate interests pursued: data subjects must be told them (Arts. 13(1)(d) and 14(2)(b)), and the balancing test weighs them.</source>
        <translation>Beschrijf de nagestreefde gerechtvaardigde belangen: betrokkenen moeten die te horen krijgen (art. 13 lid 1 onder d en art. 14 lid 2 onder b AVG), en de belangenafweging weegt ze.</translation>
    </message>
    <message>
        <source>Record where the consents are kept: the controller must be able to demonstrate consent (Art. 7(1)).</source>
        <translation>Leg vast waar de toestemmingen worden bewaard: de verwerkingsverantwoordelijke moet de toestemming kunnen aantonen (art. 7 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Record how consent is withdrawn: withdrawing must be as easy as giving it (Art. 7(3)).</source>
        <translation>Leg vast hoe de toestemming wordt ingetrokken: intrekken moet even eenvoudig zijn als toestemming geven (art. 7 lid 3 AVG).</translation>
    </message>
    <message>
        <source>The processing rests on several lawful bases: say which basis covers which data subjects or data, as an auditor will ask (Art. 5(2)).</source>
        <translation>De verwerking berust op meer grondslagen: vermeld welke grondslag voor welke betrokkenen of gegevens geldt, want een auditor zal ernaar vragen (art. 5 lid 2 AVG).</translation>
    </message>
    <message>
        <source>The transfer in row %1 goes to %2, in the EEA: sending data there is not a transfer to a third country (Art. 44). Remove the row, or correct the country.</source>
        <translation>De doorgifte in rij %1 gaat naar %2, binnen de EER: daarheen sturen is geen doorgifte naar een derde land (art. 44 AVG). Verwijder de rij of verbeter het land.</translation>
    </message>
    <message>
        <source>The transfer in row %1 relies on an adequacy decision, but the Commission has adopted none for %2 (Art. 45): record the safeguards or derogation it rests on.</source>
        <translation>De doorgifte in rij %1 berust op een adequaatheidsbesluit, maar de Commissie heeft er geen vastgesteld voor %2 (art. 45 AVG): leg de waarborgen of de afwijking vast waarop de doorgifte berust.</translation>
    </message>
    <message>
        <source>The transfer in row %1 relies on the adequacy decision for %2, which covers only organisations certified under the EU-US Data Privacy Framework: record the Data Privacy Framework, or other safeguards (Art. 45).</source>
        <translation>De doorgifte in rij %1 berust op het adequaatheidsbesluit voor %2, dat alleen organisaties dekt die onder het EU-VS Data Privacy Framework zijn gecertificeerd: leg het Data Privacy Framework of andere waarborgen vast (art. 45 AVG).</translation>
    </message>
    <message>
        <source>The transfer in row %1 rests on a derogation without saying which: choose one of Art. 49(1)(a) to (g), or the compelling legitimate interests of its second subparagraph.</source>
        <translation>De doorgifte in rij %1 berust op een afwijking zonder te zeggen welke: kies een van art. 49 lid 1 onder a tot en met g AVG, of de dwingende gerechtvaardigde belangen van de tweede alinea.</translation>
    </message>
    <message>
        <source>The transfer in row %1 rests on compelling legitimate interests: document the assessment and the suitable safeguards, and inform the supervisory authority and the data subject (Art. 49(1), second subparagraph; %2).</source>
        <translation>De doorgifte in rij %1 berust op dwingende gerechtvaardigde belangen: documenteer de beoordeling en de passende waarborgen, en informeer de toezichthoudende autoriteit en de betrokkene (art. 49 lid 1, tweede alinea AVG; %2).</translation>
    </message>
    <message>
        <source>The transfer in row %1 rests on safeguards of Art. 46 without a transfer impact assessment: record where it is kept (EDPB Recommendations 01/2020).</source>
        <translation>De doorgifte in rij %1 berust op waarborgen van art. 46 AVG zonder doorgiftebeoordeling (TIA): leg vast waar die is vastgelegd (EDPB-aanbevelingen 01/2020).</translation>
    </message>
    <message>
        <source>The recipient %1 is in %2, outside the EEA, but no transfer to it is recorded: record the transfer and what it rests on (Art. 30(1)(e), Art. 44).</source>
        <translation>De ontvanger %1 zit in %2, buiten de EER, maar er is geen doorgifte aan die ontvanger vastgelegd: leg de doorgifte vast en waarop die berust (art. 30 lid 1 onder e en art. 44 AVG).</translation>
    </message>
    <message>
        <source>%1 (%2) is processed without an exception: choose the exception of Art. 9(2) that allows it.</source>
        <translation>%1 (%2) wordt verwerkt zonder uitzondering: kies de uitzondering van art. 9 lid 2 AVG die dit toestaat.</translation>
    </message>
    <message>
        <source>Art. 9(2)(b) applies only as far as Union or Dutch law, or a collective agreement, allows it</source>
        <translation>art. 9 lid 2 onder b AVG geldt alleen voor zover Unierecht, Nederlands recht of een collectieve arbeidsovereenkomst dat toestaat</translation>
    </message>
    <message>
        <source>Art. 9(2)(%1) applies only on the basis of Union or Dutch law</source>
        <translation>art. 9 lid 2 onder %1 AVG geldt alleen op grond van Unierecht of Nederlands recht</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Name it (in the Netherlands: UAVG arts. 22 to 30).</source>
        <translation>%1 (%2): %3. Noem die grondslag (in Nederland: art. 22 tot en met 30 UAVG).</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Name it, for example %4.</source>
        <translation>%1 (%2): %3. Noem die grondslag, bijvoorbeeld %4.</translation>
    </message>
    <message>
        <source>The processing is controlled jointly with %1 without an arrangement: record where the arrangement that divides your responsibilities is kept (Art. 26(1)).</source>
        <translation>De verwerking staat onder gezamenlijke verantwoordelijkheid met %1 zonder regeling: leg vast waar de regeling staat die de verantwoordelijkheden verdeelt (art. 26 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Record the essence of the arrangement with %1: it must be made available to the data subjects (Art. 26(2)).</source>
        <translation>Leg de wezenlijke inhoud van de regeling met %1 vast: die moet aan de betrokkenen beschikbaar worden gesteld (art. 26 lid 2 AVG).</translation>
    </message>
    <message>
        <source>Name the contact point for data subjects in the arrangement with %1, or note that they may contact either controller (Art. 26(1) and (3)).</source>
        <translation>Noem het contactpunt voor betrokkenen in de regeling met %1, of noteer dat zij zich tot elk van beide verwerkingsverantwoordelijken kunnen wenden (art. 26 lid 1 en 3 AVG).</translation>
    </message>
    <message>
        <source>Special categories are processed, but the categories of personal data are not described: the controllers need them to assess a breach (Art. 33(2)).</source>
        <translation>Er worden bijzondere categorieën verwerkt, maar de categorieën van persoonsgegevens zijn niet beschreven: de verwerkingsverantwoordelijken hebben die nodig om een datalek te beoordelen (art. 33 lid 2 AVG).</translation>
    </message>
    <message>
        <source>Record the country of the processor %1: it shows whether the data leaves the EEA (Art. 30(1)(e), Art. 44).</source>
        <translation>Leg het land van de verwerker %1 vast: daaruit blijkt of de gegevens de EER verlaten (art. 30 lid 1 onder e en art. 44 AVG).</translation>
    </message>
    <message>
        <source>%1 receives the data as a processor, but the party does not have the processor role: give it the role, so that lists and reports show it as one (Art. 4(8)).</source>
        <translation>%1 ontvangt de gegevens als verwerker, maar de partij heeft de rol verwerker niet: geef haar die rol, zodat lijsten en rapporten haar als verwerker tonen (art. 4 onder 8 AVG).</translation>
    </message>
    <message>
        <source>module 1 (controller to controller)</source>
        <translation>module 1 (verwerkingsverantwoordelijke aan verwerkingsverantwoordelijke)</translation>
    </message>
    <message>
        <source>module 2 (controller to processor)</source>
        <translation>module 2 (verwerkingsverantwoordelijke aan verwerker)</translation>
    </message>
    <message>
        <source>module 4 (processor to controller)</source>
        <translation>module 4 (verwerker aan verwerkingsverantwoordelijke)</translation>
    </message>
    <message>
        <source>module 3 (processor to processor)</source>
        <translation>module 3 (verwerker aan verwerker)</translation>
    </message>
    <message>
        <source>The transfer in row %1 uses %2 of the standard contractual clauses, but the roles call for %3 (Decision (EU) 2021/914).</source>
        <translation>De doorgifte in rij %1 gebruikt %2 van de standaardcontractbepalingen, maar de rollen vragen om %3 (Besluit (EU) 2021/914).</translation>
    </message>
    <message>
        <source>The sub-processor %1 in %2, engaged under %3, is outside the EEA, but no transfer to it is recorded: record the transfer and what it rests on (Art. 30(1)(e), Art. 44, Art. 28(4)).</source>
        <translation>De subverwerker %1 in %2, ingeschakeld onder %3, bevindt zich buiten de EER, maar er is geen doorgifte aan vastgelegd: leg de doorgifte vast en waarop die berust (art. 30 lid 1 onder e, art. 44 en art. 28 lid 4 AVG).</translation>
    </message>
    <message>
        <source>The data was returned, but the processor&apos;s existing copies are not recorded as deleted: Art. 28(3)(g) asks for both, unless a law requires storage.</source>
        <translation>De gegevens zijn teruggegeven, maar niet vastgelegd is dat de verwerker de bestaande kopieën heeft verwijderd: art. 28 lid 3 onder g AVG vraagt om beide, tenzij een wet bewaring vereist.</translation>
    </message>
    <message>
        <source>The processor keeps the data after the contract because a law requires it: name that Union or Dutch law (Art. 28(3)(g)).</source>
        <translation>De verwerker bewaart de gegevens na afloop van de overeenkomst omdat een wet dat vereist: noem dat Unierecht of Nederlandse recht (art. 28 lid 3 onder g AVG).</translation>
    </message>
    <message>
        <source>The hold does not say which data subjects or records it covers, so it stops deletion of everything under its rule or activity. Describe the people or records involved; everything else must still be deleted on time (Art. 5(1)(e) GDPR).</source>
        <translation>De bewaarblokkade zegt niet voor welke betrokkenen of gegevens ze geldt, en houdt dus de verwijdering tegen van alles onder haar bewaarregel of verwerkingsactiviteit. Beschrijf de betrokken personen of gegevens; al het andere moet nog steeds op tijd worden verwijderd (art. 5 lid 1 onder e AVG).</translation>
    </message>
    <message>
        <source>Say why deletion is suspended: the dispute, claim, inquiry or audit the data is kept for.</source>
        <translation>Geef aan waarom de verwijdering is opgeschort: het geschil, de claim, het onderzoek of de audit waarvoor de gegevens worden bewaard.</translation>
    </message>
    <message>
        <source>The hold was last reviewed on %1, more than a year ago. Check whether it is still needed and release it when the case is closed (Art. 5(1)(e) GDPR).</source>
        <translation>De bewaarblokkade is op %1 voor het laatst herbeoordeeld, meer dan een jaar geleden. Ga na of ze nog nodig is en hef ze op zodra de zaak is afgesloten (art. 5 lid 1 onder e AVG).</translation>
    </message>
    <message>
        <source>The hold started on %1 and has not been reviewed since, more than a year ago. Check whether it is still needed and release it when the case is closed (Art. 5(1)(e) GDPR).</source>
        <translation>De bewaarblokkade ging in op %1 en is sindsdien niet herbeoordeeld, meer dan een jaar geleden. Ga na of ze nog nodig is en hef ze op zodra de zaak is afgesloten (art. 5 lid 1 onder e AVG).</translation>
    </message>
    <message>
        <source>The transfer in row %1 rests on safeguards of Art. 46 without saying which: choose the instrument, such as standard contractual clauses, binding corporate rules, a code of conduct or a certification.</source>
        <translation>De doorgifte in rij %1 steunt op waarborgen van art. 46 AVG zonder te zeggen welke: kies het instrument, zoals standaardcontractbepalingen, bindende bedrijfsvoorschriften, een gedragscode of een certificering.</translation>
    </message>
    <message>
        <source>The transfer in row %1 rests on %2, which needs the authorisation of the competent supervisory authority: record its reference and date (Art. 46(3)).</source>
        <translation>De doorgifte in rij %1 steunt op %2, waarvoor toestemming van de bevoegde toezichthoudende autoriteit nodig is: leg het kenmerk en de datum daarvan vast (art. 46 lid 3 AVG).</translation>
    </message>
    <message>
        <source>The sub-processor change notified to the controller has no day it was sent: record it, so the controller&apos;s window to object can be counted (Art. 28(2)).</source>
        <translation>De aan de verwerkingsverantwoordelijke gemelde wijziging van subverwerker heeft geen verzenddatum: leg die vast, zodat de termijn voor bezwaar van de verwerkingsverantwoordelijke kan worden berekend (art. 28 lid 2 AVG).</translation>
    </message>
    <message>
        <source>The controller&apos;s window to object to the sub-processor change notified on %1 ended on %2: record its answer (accepted when it did not object) before the new sub-processor starts (Art. 28(2)).</source>
        <translation>De termijn voor bezwaar van de verwerkingsverantwoordelijke tegen de op %1 gemelde wijziging van subverwerker is op %2 verstreken: leg het antwoord vast (geaccepteerd als er geen bezwaar kwam) voordat de nieuwe subverwerker begint (art. 28 lid 2 AVG).</translation>
    </message>
    <message>
        <source>Say whether the confidentiality, integrity or availability of the data was affected.</source>
        <translation>Geef aan of de vertrouwelijkheid, integriteit of beschikbaarheid van de gegevens is aangetast.</translation>
    </message>
    <message>
        <source>Say which personal data were involved (Art. 33(3)(a) GDPR).</source>
        <translation>Geef aan om welke persoonsgegevens het gaat (art. 33 lid 3 onder a AVG).</translation>
    </message>
    <message>
        <source>Estimate how many people are affected, at least roughly (Art. 33(3)(a) GDPR).</source>
        <translation>Schat hoeveel personen zijn getroffen, al is het maar bij benadering (art. 33 lid 3 onder a AVG).</translation>
    </message>
    <message>
        <source>Describe the likely consequences for the people affected (Art. 33(3)(c) GDPR).</source>
        <translation>Beschrijf de waarschijnlijke gevolgen voor de getroffen personen (art. 33 lid 3 onder c AVG).</translation>
    </message>
    <message>
        <source>Describe the measures taken or proposed to address the breach and limit its effects (Art. 33(3)(d) GDPR).</source>
        <translation>Beschrijf de maatregelen die zijn genomen of voorgesteld om het datalek aan te pakken en de gevolgen ervan te beperken (art. 33 lid 3 onder d AVG).</translation>
    </message>
    <message>
        <source>The organisation became aware later than the breach was discovered: explain what was investigated in between. The 72 hours start once it is reasonably certain that personal data were compromised.</source>
        <translation>De organisatie kreeg later kennis van het datalek dan het werd ontdekt: licht toe wat er in de tussentijd is onderzocht. De 72 uur gaan lopen zodra redelijk zeker is dat er persoonsgegevens zijn gecompromitteerd.</translation>
    </message>
    <message>
        <source>Assess the risk to the people affected: it decides whether the AP and the people themselves must be told (Arts. 33 and 34 GDPR).</source>
        <translation>Beoordeel het risico voor de getroffen personen: dat bepaalt of de AP en de personen zelf moeten worden geïnformeerd (art. 33 en 34 AVG).</translation>
    </message>
    <message>
        <source>Give the reasoning of the risk assessment.</source>
        <translation>Geef de onderbouwing van de risicobeoordeling.</translation>
    </message>
    <message>
        <source>A breach that is likely to result in a risk must be notified to the Autoriteit Persoonsgegevens (Art. 33(1) GDPR).</source>
        <translation>Een datalek dat waarschijnlijk tot een risico leidt, moet worden gemeld bij de Autoriteit Persoonsgegevens (art. 33 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Record why the breach is not notified: the AP can ask for the reasoning of every breach (Art. 33(5) GDPR).</source>
        <translation>Leg vast waarom het datalek niet is gemeld: de AP kan bij elk datalek om de onderbouwing vragen (art. 33 lid 5 AVG).</translation>
    </message>
    <message>
        <source>Decide whether the breach is notified to the Autoriteit Persoonsgegevens, within 72 hours of becoming aware (by %1).</source>
        <translation>Besluit of het datalek wordt gemeld bij de Autoriteit Persoonsgegevens, binnen 72 uur na kennisname (uiterlijk op %1).</translation>
    </message>
    <message>
        <source>Record whether the breach was notified to the Autoriteit Persoonsgegevens, and why (Art. 33(5) GDPR).</source>
        <translation>Leg vast of het datalek is gemeld bij de Autoriteit Persoonsgegevens, en waarom (art. 33 lid 5 AVG).</translation>
    </message>
    <message>
        <source>The 72 hours ended at %1: notify the Autoriteit Persoonsgegevens now, with the reasons for the delay (Art. 33(1) GDPR).</source>
        <translation>De 72 uur zijn verstreken op %1: meld het datalek nu bij de Autoriteit Persoonsgegevens, met de redenen voor de vertraging (art. 33 lid 1 AVG).</translation>
    </message>
    <message>
        <source>The notification came after the 72 hours: give the reasons for the delay (Art. 33(1) GDPR).</source>
        <translation>De melding is na de 72 uur gedaan: geef de redenen voor de vertraging (art. 33 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Enter the reference number the AP gave the notification: it is needed to supplement or withdraw it.</source>
        <translation>Vul het referentienummer in dat de AP aan de melding heeft gegeven: dat is nodig om de melding aan te vullen of in te trekken.</translation>
    </message>
    <message>
        <source>A breach with a high risk must be communicated to the people affected, unless an exception of Art. 34(3) GDPR applies: choose it and explain why.</source>
        <translation>Een datalek met een hoog risico moet aan de getroffen personen worden meegedeeld, tenzij een uitzondering van art. 34 lid 3 AVG van toepassing is: kies die uitzondering en licht toe waarom.</translation>
    </message>
    <message>
        <source>Explain why the exception of Art. 34(3) GDPR applies.</source>
        <translation>Licht toe waarom de uitzondering van art. 34 lid 3 AVG van toepassing is.</translation>
    </message>
    <message>
        <source>Where informing everyone takes disproportionate effort, a public communication is needed instead (Art. 34(3)(c) GDPR): record how it was made.</source>
        <translation>Als het informeren van iedereen een onevenredige inspanning vergt, is in plaats daarvan een openbare mededeling nodig (art. 34 lid 3 onder c AVG): leg vast hoe die is gedaan.</translation>
    </message>
    <message>
        <source>Record when the people affected were informed.</source>
        <translation>Leg vast wanneer de getroffen personen zijn geïnformeerd.</translation>
    </message>
    <message>
        <source>The controller &quot;%1&quot; had to be told of the breach by %2 (Art. 33(2) GDPR and the agreement).</source>
        <translation>De verwerkingsverantwoordelijke &quot;%1&quot; had uiterlijk op %2 over het datalek moeten worden geïnformeerd (art. 33 lid 2 AVG en de overeenkomst).</translation>
    </message>
    <message>
        <source>Record when the controller &quot;%1&quot; was told of the breach (Art. 33(2) GDPR).</source>
        <translation>Leg vast wanneer de verwerkingsverantwoordelijke &quot;%1&quot; over het datalek is geïnformeerd (art. 33 lid 2 AVG).</translation>
    </message>
    <message>
        <source>The follow-up action &quot;%1&quot; was due on %2.</source>
        <translation>De vervolgactie &quot;%1&quot; had uiterlijk op %2 moeten zijn uitgevoerd.</translation>
    </message>
    <message>
        <source>The breach is closed while the follow-up action &quot;%1&quot; is not done.</source>
        <translation>Het datalek is afgesloten terwijl de vervolgactie &quot;%1&quot; nog niet is uitgevoerd.</translation>
    </message>
    <message>
        <source>The answer is overdue: it had to be sent by %1 (Art. 12(3) GDPR). Answer now, or tell the requester why it takes longer.</source>
        <translation>Het antwoord is te laat: het had uiterlijk op %1 moeten worden verzonden (art. 12 lid 3 AVG). Beantwoord het verzoek nu, of laat de verzoeker weten waarom het langer duurt.</translation>
    </message>
    <message>
        <source>Enter who made the request.</source>
        <translation>Vul in wie het verzoek heeft gedaan.</translation>
    </message>
    <message>
        <source>Enter who represents the data subject.</source>
        <translation>Vul in wie de betrokkene vertegenwoordigt.</translation>
    </message>
    <message>
        <source>Record the representative&apos;s mandate: a power of attorney, parental authority (a child under 16) or guardianship. Without one, the data subject&apos;s data must not be given to them.</source>
        <translation>Leg de machtiging van de vertegenwoordiger vast: een volmacht, ouderlijk gezag (een kind jonger dan 16) of vertegenwoordiging door een voogd, curator of mentor. Zonder machtiging mogen de gegevens van de betrokkene niet aan de vertegenwoordiger worden verstrekt.</translation>
    </message>
    <message>
        <source>Explain the reasonable doubt about the requester&apos;s identity (Art. 12(6) GDPR): without such doubt, no further proof may be asked.</source>
        <translation>Licht de redelijke twijfel over de identiteit van de verzoeker toe (art. 12 lid 6 AVG): zonder zulke twijfel mag geen aanvullend bewijs worden gevraagd.</translation>
    </message>
    <message>
        <source>Record that the copy of the identity document received on %1 was destroyed once the identity was checked.</source>
        <translation>Leg vast dat de kopie van het identiteitsbewijs die op %1 is ontvangen, is vernietigd zodra de identiteit was gecontroleerd.</translation>
    </message>
    <message>
        <source>Record that the copy of the identity document was destroyed once the identity was checked.</source>
        <translation>Leg vast dat de kopie van het identiteitsbewijs is vernietigd zodra de identiteit was gecontroleerd.</translation>
    </message>
    <message>
        <source>Give the reason for the extension: the complexity or the number of requests (Art. 12(3) GDPR).</source>
        <translation>Geef de reden voor de verlenging: de complexiteit of het aantal verzoeken (art. 12 lid 3 AVG).</translation>
    </message>
    <message>
        <source>The requester must be told of the extension, with its reasons, by %1, within the first month (Art. 12(3) GDPR). Without that notice the first deadline applies.</source>
        <translation>De verzoeker moet uiterlijk op %1, binnen de eerste maand, over de verlenging en de redenen daarvoor worden geïnformeerd (art. 12 lid 3 AVG). Zonder die kennisgeving geldt de eerste termijn.</translation>
    </message>
    <message>
        <source>The requester was told of the extension on %1, after the first month ended on %2: the extension does not count, and the answer was due by then (Art. 12(3) GDPR).</source>
        <translation>De verzoeker is op %1 over de verlenging geïnformeerd, nadat de eerste maand op %2 was afgelopen: de verlenging telt niet, en het antwoord had uiterlijk op die dag moeten worden verzonden (art. 12 lid 3 AVG).</translation>
    </message>
    <message>
        <source>The organisation must show that the request is manifestly unfounded or excessive: give the reasoning (Art. 12(5) GDPR).</source>
        <translation>De organisatie moet aantonen dat het verzoek kennelijk ongegrond of buitensporig is: geef de onderbouwing (art. 12 lid 5 AVG).</translation>
    </message>
    <message>
        <source>Enter the fee charged: a reasonable fee that covers the administrative costs only (Art. 12(5)(a) GDPR).</source>
        <translation>Vul de gevraagde vergoeding in: een redelijke vergoeding die alleen de administratieve kosten dekt (art. 12 lid 5 onder a AVG).</translation>
    </message>
    <message>
        <source>An objection to direct marketing cannot be refused: the data must no longer be processed for it (Art. 21(3) GDPR).</source>
        <translation>Een bezwaar tegen direct marketing kan niet worden afgewezen: de gegevens mogen daarvoor niet langer worden verwerkt (art. 21 lid 3 AVG).</translation>
    </message>
    <message>
        <source>Name the legal ground for not granting &quot;%1&quot; in full (Art. 12(4) GDPR).</source>
        <translation>Noem de wettelijke grond waarop &quot;%1&quot; niet volledig is toegewezen (art. 12 lid 4 AVG).</translation>
    </message>
    <message>
        <source>Explain why &quot;%1&quot; applies to &quot;%2&quot;.</source>
        <translation>Licht toe waarom &quot;%1&quot; van toepassing is op &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Record what became of &quot;%1&quot;: the case is answered.</source>
        <translation>Leg de uitkomst voor &quot;%1&quot; vast: het verzoek is beantwoord.</translation>
    </message>
    <message>
        <source>Enter the day the answer was sent.</source>
        <translation>Vul de dag in waarop het antwoord is verzonden.</translation>
    </message>
    <message>
        <source>The answer was sent on %1, after the deadline of %2 (Art. 12(3) GDPR).</source>
        <translation>Het antwoord is op %1 verzonden, na afloop van de termijn op %2 (art. 12 lid 3 AVG).</translation>
    </message>
    <message>
        <source>An answer that does not grant the request in full must tell the requester that they can complain to the Autoriteit Persoonsgegevens and go to court (Art. 12(4) GDPR).</source>
        <translation>Een antwoord dat het verzoek niet volledig toewijst, moet de verzoeker erop wijzen dat die een klacht kan indienen bij de Autoriteit Persoonsgegevens en beroep kan instellen bij de rechter (art. 12 lid 4 AVG).</translation>
    </message>
    <message>
        <source>Record the processing activities searched for the requester&apos;s data: the register lists where it may be.</source>
        <translation>Leg vast in welke verwerkingsactiviteiten naar de gegevens van de verzoeker is gezocht: het register laat zien waar die kunnen staan.</translation>
    </message>
    <message>
        <source>The access answer does not give everything Art. 15 GDPR asks for. Missing: %1.</source>
        <translation>Het antwoord op het inzageverzoek bevat niet alles wat art. 15 AVG vraagt. Ontbreekt: %1.</translation>
    </message>
    <message>
        <source>Tell each recipient of the data of the rectification, erasure or restriction, or record why that is impossible or takes disproportionate effort (Art. 19 GDPR).</source>
        <translation>Informeer elke ontvanger van de gegevens over de rectificatie, gegevenswissing of beperking van de verwerking, of leg vast waarom dat onmogelijk is of een onevenredige inspanning vergt (art. 19 AVG).</translation>
    </message>
    <message>
        <source>Explain why the recipients cannot be told (Art. 19 GDPR).</source>
        <translation>Licht toe waarom de ontvangers niet kunnen worden geïnformeerd (art. 19 AVG).</translation>
    </message>
    <message>
        <source>The processing activity &quot;%1&quot; uses a processor: record that it was instructed to carry out the rectification, erasure or restriction (Art. 28(3)(e) GDPR).</source>
        <translation>De verwerkingsactiviteit &quot;%1&quot; maakt gebruik van een verwerker: leg vast dat die is geïnstrueerd de rectificatie, gegevenswissing of beperking van de verwerking uit te voeren (art. 28 lid 3 onder e AVG).</translation>
    </message>
    <message>
        <source>The case is refused: record which right was refused and on which legal ground (Art. 12(4) GDPR).</source>
        <translation>Het verzoek is geweigerd: leg vast welk recht is geweigerd en op welke wettelijke grond (art. 12 lid 4 AVG).</translation>
    </message>
    <message>
        <source>Describe the logic involved in the automated decisions: data subjects must be told (Arts. 13(2)(f), 14(2)(g) and 15(1)(h)).</source>
        <translation>Beschrijf de onderliggende logica van de geautomatiseerde besluiten: betrokkenen moeten die te horen krijgen (art. 13 lid 2 onder f, art. 14 lid 2 onder g en art. 15 lid 1 onder h AVG).</translation>
    </message>
    <message>
        <source>Describe what the automated decisions mean for the people concerned: their significance and the envisaged consequences (Arts. 13(2)(f), 14(2)(g) and 15(1)(h)).</source>
        <translation>Beschrijf wat de geautomatiseerde besluiten voor de betrokkenen betekenen: het belang en de verwachte gevolgen ervan (art. 13 lid 2 onder f, art. 14 lid 2 onder g en art. 15 lid 1 onder h AVG).</translation>
    </message>
    <message>
        <source>The 72 hours end today, at %1: notify the Autoriteit Persoonsgegevens before then (Art. 33(1) GDPR).</source>
        <translation>De 72 uur verstrijken vandaag, om %1: meld het datalek vóór dat moment bij de Autoriteit Persoonsgegevens (art. 33 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Say how long the cookie stays on the visitor&apos;s device: the privacy statement gives its lifetime.</source>
        <translation>Geef aan hoe lang het cookie op het apparaat van de bezoeker blijft: de privacyverklaring noemt de levensduur.</translation>
    </message>
    <message>
        <source>A cookie of this category may be placed only with the visitor&apos;s consent (Tw art. 11.7a), but its processing activity &quot;%1&quot; does not rest on consent (Art. 6(1)(a)). Add consent to the activity&apos;s bases, or choose the category the cookie really has.</source>
        <translation>Een cookie van deze categorie mag alleen met toestemming van de bezoeker worden geplaatst (art. 11.7a Tw), maar de verwerkingsactiviteit &quot;%1&quot; berust niet op toestemming (art. 6 lid 1 onder a AVG). Voeg toestemming toe aan de grondslagen van de activiteit, of kies de categorie die het cookie echt heeft.</translation>
    </message>
    <message>
        <source>The cookie needs consent: its processing activity &quot;%1&quot; must record where consent is kept and how a visitor withdraws it (Art. 7(1), (3)).</source>
        <translation>Het cookie vraagt toestemming: de verwerkingsactiviteit &quot;%1&quot; moet vastleggen waar de toestemming wordt bewaard en hoe een bezoeker die intrekt (art. 7 lid 1 en 3 AVG).</translation>
    </message>
    <message>
        <source>The cookie&apos;s data goes to %1, outside the EEA, but its processing activity &quot;%2&quot; records no transfer there: add the transfer with its safeguard (Chapter V GDPR).</source>
        <translation>De gegevens van het cookie gaan naar %1, buiten de EER, maar de verwerkingsactiviteit &quot;%2&quot; legt daarheen geen doorgifte vast: voeg de doorgifte met haar waarborg toe (hoofdstuk V AVG).</translation>
    </message>
    <message>
        <source>a processing activity deleted since</source>
        <translation>een sindsdien verwijderde verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Say in which language the register&apos;s texts are written (Organisation, privacy statement): until then the statement quotes them as written in every language.</source>
        <translation>Geef aan in welke taal de teksten van het register zijn geschreven (Organisatie, privacyverklaring): tot dan haalt de verklaring ze in elke taal aan zoals ze zijn geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the register&apos;s texts have no translation into %1 yet, such as %2.</source>
        <translation>
            <numerusform>%n tekst van het register heeft nog geen vertaling in het %1: %2.</numerusform>
            <numerusform>%n teksten van het register hebben nog geen vertaling in het %1, zoals %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The statement names %1 as a processor, but no agreement in force governs its processing: a processor processes only under a binding agreement (Art. 28(3)).</source>
        <translation>De verklaring noemt %1 als verwerker, maar geen geldende overeenkomst regelt die verwerking: een verwerker verwerkt alleen onder een bindende overeenkomst (art. 28 lid 3 AVG).</translation>
    </message>
    <message>
        <source>The statement has not been published yet: publish its first version when the register says everything it needs.</source>
        <translation>De verklaring is nog niet gepubliceerd: publiceer de eerste versie zodra het register alles zegt wat zij nodig heeft.</translation>
    </message>
    <message>
        <source>Version %1 took effect on %2, more than a year ago: review the statement and publish a new version, even if little has changed.</source>
        <translation>Versie %1 ging in op %2, meer dan een jaar geleden: beoordeel de verklaring opnieuw en publiceer een nieuwe versie, ook als er weinig is veranderd.</translation>
    </message>
    <message>
        <source>What version %1 says of the register cannot be read: publish a new version to compare the statement with the register again.</source>
        <translation>Wat versie %1 over het register zegt, is niet te lezen: publiceer een nieuwe versie om de verklaring weer met het register te vergelijken.</translation>
    </message>
    <message>
        <source>Version %1 describes %2, which is no longer published for the statement&apos;s audiences: publish a new version.</source>
        <translation>Versie %1 beschrijft %2, die niet meer wordt gepubliceerd voor de doelgroepen van de verklaring: publiceer een nieuwe versie.</translation>
    </message>
    <message>
        <source>%1 is published for an audience of the statement, but version %2 leaves it out: publish a new version.</source>
        <translation>%1 wordt gepubliceerd voor een doelgroep van de verklaring, maar versie %2 laat haar weg: publiceer een nieuwe versie.</translation>
    </message>
    <message>
        <source>The retention period of %1 has changed since version %2 (it said: %3): publish a new version.</source>
        <translation>De bewaartermijn van %1 is veranderd sinds versie %2 (daar stond: %3): publiceer een nieuwe versie.</translation>
    </message>
    <message>
        <source>The register has changed since version %1 in: %2. Publish a new version, so that the statement says what the register says.</source>
        <translation>Het register is sinds versie %1 veranderd in: %2. Publiceer een nieuwe versie, zodat de verklaring zegt wat het register zegt.</translation>
    </message>
    <message>
        <source>Say whether the processing is confidential: the log lines of an established activity record it.</source>
        <translation>Geef aan of de verwerking vertrouwelijk is: de logregels van een vastgestelde activiteit leggen dat vast.</translation>
    </message>
    <message>
        <source>The activity no longer says what its established version %1 says, which log lines point to: establish it again once the change is approved.</source>
        <translation>De activiteit zegt niet meer wat haar vastgestelde versie %1 zegt, waarnaar logregels verwijzen: stel haar opnieuw vast zodra de wijziging is goedgekeurd.</translation>
    </message>
    <message>
        <source>The AP&apos;s notification form asks who reports the breach: enter the reporter&apos;s name, function and telephone number.</source>
        <translation>Het meldformulier van de AP vraagt wie het datalek meldt: vul naam, functie en telefoonnummer van de melder in.</translation>
    </message>
    <message>
        <source>%1 is named as the controller, but it is not marked as an administrative body of this organisation: mark it so on the Parties page, or name the body that is.</source>
        <translation>%1 is genoemd als verwerkingsverantwoordelijke, maar is niet aangemerkt als bestuursorgaan van deze organisatie: merk het zo aan op de pagina Partijen, of noem het bestuursorgaan dat het wel is.</translation>
    </message>
    <message>
        <source>Name the administrative body that is the controller of this processing, such as the college of mayor and aldermen: in a public body each body is the controller of its own processing (Art. 4(7), Art. 30(1)(a)).</source>
        <translation>Noem het bestuursorgaan dat verwerkingsverantwoordelijke is voor deze verwerking, zoals het college van burgemeester en wethouders: bij de overheid is elk bestuursorgaan verwerkingsverantwoordelijke voor zijn eigen verwerkingen (art. 4 onder 7 en art. 30 lid 1 onder a AVG).</translation>
    </message>
    <message>
        <source>The rule was last tested on %1, which has not come yet: enter the day it was tested.</source>
        <translation>De regel is voor het laatst getoetst op %1, een dag die nog moet komen: vul de dag in waarop hij is getoetst.</translation>
    </message>
    <message>
        <source>Name the selection list and its category this period comes from: a public body keeps and destroys its records by one (Archiefwet 1995, art. 5).</source>
        <translation>Noem de selectielijst en de categorie waaruit deze termijn komt: een overheidsorgaan bewaart en vernietigt zijn archiefbescheiden volgens een selectielijst (art. 5 Archiefwet 1995).</translation>
    </message>
    <message>
        <source>The rule has never been tested: check once a year that the data is really destroyed when the period ends, and record the day.</source>
        <translation>De regel is nooit getoetst: controleer elk jaar of de gegevens echt worden vernietigd als de termijn afloopt, en leg de dag vast.</translation>
    </message>
    <message>
        <source>The rule was last tested on %1, more than a year ago: check again that the data is destroyed when the period ends.</source>
        <translation>De regel is voor het laatst getoetst op %1, meer dan een jaar geleden: controleer opnieuw of de gegevens worden vernietigd als de termijn afloopt.</translation>
    </message>
    <message>
        <source>A public body refuses a request by a decision under the Awb, open to objection (UAVG art. 34): tick &quot;Decision under the Awb&quot;, so the letter names the objection.</source>
        <translation>Een bestuursorgaan wijst een verzoek af met een besluit in de zin van de Awb, waartegen bezwaar openstaat (art. 34 UAVG): vink &quot;Besluit in de zin van de Awb&quot; aan, zodat de brief het bezwaar noemt.</translation>
    </message>
    <message>
        <source>%1 decided the request, but it is not marked as an administrative body of this organisation: mark it so on the Parties page, or name the body that decided.</source>
        <translation>%1 heeft op het verzoek beslist, maar is niet aangemerkt als bestuursorgaan van deze organisatie: merk het zo aan op de pagina Partijen, of noem het bestuursorgaan dat heeft beslist.</translation>
    </message>
    <message>
        <source>An objection was received on %1 and is not decided yet: record the decision on it and its outcome when it is taken.</source>
        <translation>Op %1 is een bezwaar ontvangen waarop nog niet is beslist: leg de beslissing op bezwaar en de uitkomst vast zodra die er is.</translation>
    </message>
    <message>
        <source>The objection was decided on %1: record its outcome.</source>
        <translation>Op het bezwaar is beslist op %1: leg de uitkomst vast.</translation>
    </message>
    <message>
        <source>Add the processor&apos;s reports and certificates with the dates they are valid, so that the register tells you when they expire (Art. 28(1)).</source>
        <translation>Voeg de rapporten en certificaten van de verwerker toe met de datums waarop ze geldig zijn, zodat het register meldt wanneer ze verlopen (art. 28 lid 1 AVG).</translation>
    </message>
    <message>
        <source>No report or certificate of the processor is valid today: the latest, %1, expired on %2. Ask for the current one (Art. 28(1)).</source>
        <translation>Er is vandaag geen rapport of certificaat van de verwerker geldig: het laatste, %1, verliep op %2. Vraag het actuele op (art. 28 lid 1 AVG).</translation>
    </message>
    <message>
        <source>No report or certificate of the processor is valid today: check their dates (Art. 28(1)).</source>
        <translation>Er is vandaag geen rapport of certificaat van de verwerker geldig: controleer de datums (art. 28 lid 1 AVG).</translation>
    </message>
    <message>
        <source>The supplier review of %1 has not come yet: enter the day the supplier was reviewed.</source>
        <translation>De beoordeling van de leverancier op %1 ligt nog in de toekomst: vul de dag in waarop de leverancier is beoordeeld.</translation>
    </message>
    <message>
        <source>The supplier was last reviewed on %1: review it every year, whether its guarantees still hold and what risks remain (Art. 28(1)).</source>
        <translation>De leverancier is voor het laatst beoordeeld op %1: beoordeel elk jaar of de garanties nog gelden en welke risico&apos;s resteren (art. 28 lid 1 AVG).</translation>
    </message>
    <message>
        <source>No review of the supplier is recorded: review it every year, whether its guarantees still hold and what risks remain (Art. 28(1)).</source>
        <translation>Er is geen beoordeling van de leverancier vastgelegd: beoordeel elk jaar of de garanties nog gelden en welke risico&apos;s resteren (art. 28 lid 1 AVG).</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::ControlReferenceService</name>
    <message>
        <source>The control could not be found: it may have been deleted.</source>
        <translation>De norm is niet gevonden: misschien is zij verwijderd.</translation>
    </message>
    <message>
        <source>The control was not saved: correct the marked fields first.</source>
        <translation>De norm is niet opgeslagen: verbeter eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The control could not be saved. Nothing was changed.</source>
        <translation>De norm kon niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The control could not be deleted. Nothing was changed.</source>
        <translation>De norm kon niet worden verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The control could not be retired. Nothing was changed.</source>
        <translation>De norm kon niet buiten gebruik worden gesteld. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The control %1</source>
        <translation>De norm %1</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::CookieService</name>
    <message>
        <source>The cookie could not be found: it may have been deleted.</source>
        <translation>Het cookie is niet gevonden: het is mogelijk verwijderd.</translation>
    </message>
    <message>
        <source>The cookie was not saved: correct the marked fields first.</source>
        <translation>Het cookie is niet opgeslagen: verbeter eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The cookie could not be saved. Nothing was changed.</source>
        <translation>Het cookie kon niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The cookie could not be deleted. Nothing was changed.</source>
        <translation>Het cookie kon niet worden verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The cookie could not be retired. Nothing was changed.</source>
        <translation>Het cookie kon niet buiten gebruik worden gesteld. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The cookie %1</source>
        <translation>Het cookie %1</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::DemoRegister</name>
    <message>
        <source>Signed copy</source>
        <translation>Ondertekend exemplaar</translation>
    </message>
    <message>
        <source>Open or create a register before writing the demo.</source>
        <translation>Open of maak eerst een register om de demo in te schrijven.</translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation>Het register kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The demo is only written into an empty register: create a new one for it.</source>
        <translation>De demo wordt alleen in een leeg register geschreven: maak daarvoor een nieuw register.</translation>
    </message>
    <message>
        <source>Voorbeeldsoft information security policy, section 4.2</source>
        <translation>Informatiebeveiligingsbeleid Voorbeeldsoft, paragraaf 4.2</translation>
    </message>
    <message>
        <source>Application and server logs</source>
        <translation>Applicatie- en serverlogs</translation>
    </message>
    <message>
        <source>after the entry is written</source>
        <translation>nadat de logregel is geschreven</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>after the backup is made</source>
        <translation>nadat de back-up is gemaakt</translation>
    </message>
    <message>
        <source>Website visitor data</source>
        <translation>Gegevens van websitebezoekers</translation>
    </message>
    <message>
        <source>after the visit</source>
        <translation>na het bezoek</translation>
    </message>
    <message>
        <source>CRM contact data</source>
        <translation>Contactgegevens in het CRM</translation>
    </message>
    <message>
        <source>after the end of the customer relationship</source>
        <translation>na het einde van de klantrelatie</translation>
    </message>
    <message>
        <source>Encryption at rest of the application database</source>
        <translation>Versleutelde opslag van de applicatiedatabase</translation>
    </message>
    <message>
        <source>The application database and its backups are encrypted with AES-256; keys are kept apart from the data.</source>
        <translation>De applicatiedatabase en de back-ups daarvan zijn versleuteld met AES-256; de sleutels worden gescheiden van de gegevens bewaard.</translation>
    </message>
    <message>
        <source>TLS for all connections</source>
        <translation>TLS voor alle verbindingen</translation>
    </message>
    <message>
        <source>Web, API and e-mail traffic uses TLS 1.2 or later.</source>
        <translation>Web-, API- en e-mailverkeer gebruikt TLS 1.2 of hoger.</translation>
    </message>
    <message>
        <source>Access control with two-factor authentication</source>
        <translation>Toegangsbeheer met tweefactorauthenticatie</translation>
    </message>
    <message>
        <source>Staff get access on a need-to-know basis; every account uses two-factor authentication.</source>
        <translation>Medewerkers krijgen alleen toegang voor zover hun werk dat vereist (need-to-know); elk account gebruikt tweefactorauthenticatie.</translation>
    </message>
    <message>
        <source>Daily encrypted backups</source>
        <translation>Dagelijkse versleutelde back-ups</translation>
    </message>
    <message>
        <source>Daily backups in a second Dutch data centre, kept for 90 days.</source>
        <translation>Dagelijkse back-ups in een tweede Nederlands datacenter, 90 dagen bewaard.</translation>
    </message>
    <message>
        <source>Logging of access and changes</source>
        <translation>Logging van toegang en wijzigingen</translation>
    </message>
    <message>
        <source>Confidentiality clause in employment contracts</source>
        <translation>Geheimhoudingsbeding in arbeidsovereenkomsten</translation>
    </message>
    <message>
        <source>Every employee and contractor signs a confidentiality clause.</source>
        <translation>Elke medewerker en opdrachtnemer ondertekent een geheimhoudingsbeding.</translation>
    </message>
    <message>
        <source>Hosts the application and our own systems in two data centres in the Netherlands. Has no active access to personal data, but has the means to obtain it.</source>
        <translation>Host de applicatie en onze eigen systemen in twee datacenters in Nederland. Heeft geen actieve toegang tot persoonsgegevens, maar wel de middelen om die te verkrijgen.</translation>
    </message>
    <message>
        <source>CRM and ticketing service (SaaS), EU region in Dublin.</source>
        <translation>CRM- en ticketingdienst (SaaS), EU-regio in Dublin.</translation>
    </message>
    <message>
        <source>Sub-processor of Klantwolk for support tooling; certified under the EU-US Data Privacy Framework.</source>
        <translation>Subverwerker van Klantwolk voor supporttools; gecertificeerd onder het EU-VS Data Privacy Framework (DPF).</translation>
    </message>
    <message>
        <source>Online invoicing application.</source>
        <translation>Online factuurapplicatie.</translation>
    </message>
    <message>
        <source>Visitor-identification service, Rotterdam: shows company names and addresses based on visitors&apos; IP addresses.</source>
        <translation>Dienst voor bezoekersidentificatie, Rotterdam: toont bedrijfsnamen en -adressen op basis van de IP-adressen van bezoekers.</translation>
    </message>
    <message>
        <source>Customer using the hosted application; controller of the data in it.</source>
        <translation>Klant die de gehoste applicatie gebruikt; verwerkingsverantwoordelijke voor de gegevens daarin.</translation>
    </message>
    <message>
        <source>As long as the main contract runs</source>
        <translation>Zolang de hoofdovereenkomst loopt</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 certificate and annual ISAE 3402 type II report</source>
        <translation>ISO/IEC 27001-certificaat en jaarlijks ISAE 3402 type II-rapport</translation>
    </message>
    <message>
        <source>Processing agreement hosting (own systems)</source>
        <translation>Verwerkersovereenkomst hosting (eigen systemen)</translation>
    </message>
    <message>
        <source>Hosting of our own systems: website, e-mail and the contract archive</source>
        <translation>Hosting van onze eigen systemen: website, e-mail en het contractarchief</translation>
    </message>
    <message>
        <source>Storage and availability of our systems</source>
        <translation>Opslag en beschikbaarheid van onze systemen</translation>
    </message>
    <message>
        <source>Contact details, correspondence, contracts, web server logs</source>
        <translation>Contactgegevens, correspondentie, contracten, webserverlogs</translation>
    </message>
    <message>
        <source>Customers&apos; contact persons, website visitors</source>
        <translation>Contactpersonen van klanten, websitebezoekers</translation>
    </message>
    <message>
        <source>Processing agreement Gemeente Voorbeeldstad</source>
        <translation>Verwerkersovereenkomst Gemeente Voorbeeldstad</translation>
    </message>
    <message>
        <source>Hosting, maintenance and support of the application for the customer</source>
        <translation>Hosting, onderhoud en ondersteuning van de applicatie voor de klant</translation>
    </message>
    <message>
        <source>Storing and processing the data the customer&apos;s users enter and that calling systems transfer, to provide the application</source>
        <translation>Opslaan en verwerken van de gegevens die de gebruikers van de klant invoeren en die koppelende systemen aanleveren, om de applicatie te leveren</translation>
    </message>
    <message>
        <source>As supplied by the customer: names, contact details, case documents</source>
        <translation>Zoals aangeleverd door de klant: namen, contactgegevens, zaakdocumenten</translation>
    </message>
    <message>
        <source>Residents and employees of the customer</source>
        <translation>Inwoners en medewerkers van de klant</translation>
    </message>
    <message>
        <source>Sub-processing agreement hosting (application data)</source>
        <translation>Subverwerkersovereenkomst hosting (applicatiegegevens)</translation>
    </message>
    <message>
        <source>Hosting of the application and its database</source>
        <translation>Hosting van de applicatie en de database daarvan</translation>
    </message>
    <message>
        <source>Infrastructure for the application: servers, storage, backups</source>
        <translation>Infrastructuur voor de applicatie: servers, opslag, back-ups</translation>
    </message>
    <message>
        <source>Processing agreement Klantwolk CRM</source>
        <translation>Verwerkersovereenkomst Klantwolk CRM</translation>
    </message>
    <message>
        <source>CRM, ticketing and incident registration</source>
        <translation>CRM, ticketing en incidentregistratie</translation>
    </message>
    <message>
        <source>Keeping contact details, invoicing details and support tickets</source>
        <translation>Bijhouden van contactgegevens, factuurgegevens en supporttickets</translation>
    </message>
    <message>
        <source>Names, business contact details, correspondence, tickets</source>
        <translation>Namen, zakelijke contactgegevens, correspondentie, tickets</translation>
    </message>
    <message>
        <source>Contact persons of customers and prospects</source>
        <translation>Contactpersonen van klanten en prospects</translation>
    </message>
    <message>
        <source>Cloudstack Inc. (United States) added as sub-processor for support tooling</source>
        <translation>Cloudstack Inc. (Verenigde Staten) toegevoegd als subverwerker voor supporttools</translation>
    </message>
    <message>
        <source>Accepted: Cloudstack is certified under the EU-US Data Privacy Framework; transfer impact assessment TIA-2025-01.</source>
        <translation>Geaccepteerd: Cloudstack is gecertificeerd onder het EU-VS Data Privacy Framework (DPF); doorgiftebeoordeling (TIA) TIA-2025-01.</translation>
    </message>
    <message>
        <source>Processing agreement Factuurgemak</source>
        <translation>Verwerkersovereenkomst Factuurgemak</translation>
    </message>
    <message>
        <source>Sending invoices and keeping the invoice records</source>
        <translation>Versturen van facturen en bijhouden van de factuuradministratie</translation>
    </message>
    <message>
        <source>Names, invoicing addresses, invoice lines</source>
        <translation>Namen, factuuradressen, factuurregels</translation>
    </message>
    <message>
        <source>Contact persons of customers</source>
        <translation>Contactpersonen van klanten</translation>
    </message>
    <message>
        <source>Processing agreement Bezoekerslens</source>
        <translation>Verwerkersovereenkomst Bezoekerslens</translation>
    </message>
    <message>
        <source>Identifying the companies that visit our website</source>
        <translation>Herkennen van de bedrijven die onze website bezoeken</translation>
    </message>
    <message>
        <source>IP addresses (not stored by the service), visited pages</source>
        <translation>IP-adressen (niet opgeslagen door de dienst), bezochte pagina&apos;s</translation>
    </message>
    <message>
        <source>Website visitors</source>
        <translation>Websitebezoekers</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Directie</translation>
    </message>
    <message>
        <source>Performing contracts</source>
        <translation>Uitvoeren van overeenkomsten</translation>
    </message>
    <message>
        <source>Concluding and performing licence and service contracts for the application, including invoicing and keeping the fiscal records</source>
        <translation>Sluiten en uitvoeren van licentie- en serviceovereenkomsten voor de applicatie, inclusief facturering en het bijhouden van de fiscale administratie</translation>
    </message>
    <message>
        <source>Without these personal data we cannot deliver the application or meet the other obligations of the contracts.</source>
        <translation>Zonder deze persoonsgegevens kunnen wij de applicatie niet leveren en de andere verplichtingen uit de overeenkomsten niet nakomen.</translation>
    </message>
    <message>
        <source>Signatories of contracts</source>
        <translation>Ondertekenaars van overeenkomsten</translation>
    </message>
    <message>
        <source>Name and business contact details</source>
        <translation>Naam en zakelijke contactgegevens</translation>
    </message>
    <message>
        <source>Contract and order data</source>
        <translation>Contract- en ordergegevens</translation>
    </message>
    <message>
        <source>Invoices and payment data</source>
        <translation>Facturen en betaalgegevens</translation>
    </message>
    <message>
        <source>Sales and finance</source>
        <translation>Verkoop en financiën</translation>
    </message>
    <message>
        <source>Invoicing application</source>
        <translation>Factuurapplicatie</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>De klant</translation>
    </message>
    <message>
        <source>Factuurgemak, contract archive</source>
        <translation>Factuurgemak, contractarchief</translation>
    </message>
    <message>
        <source>Factuurgemak (Netherlands); contract archive at Hostingpartner Noord (Netherlands)</source>
        <translation>Factuurgemak (Nederland); contractarchief bij Hostingpartner Noord (Nederland)</translation>
    </message>
    <message>
        <source>Ordinary business contact data; no criterion of the AP list applies.</source>
        <translation>Gewone zakelijke contactgegevens; geen enkel criterium van de DPIA-lijst van de AP is van toepassing.</translation>
    </message>
    <message>
        <source>Customer relationship in third-party applications</source>
        <translation>Klantrelatie in applicaties van derden</translation>
    </message>
    <message>
        <source>Maintaining the customer relationship from the first contact: contact details, invoicing details and incident registration</source>
        <translation>Onderhouden van de klantrelatie vanaf het eerste contact: contactgegevens, factuurgegevens en incidentregistratie</translation>
    </message>
    <message>
        <source>Contact persons of prospects</source>
        <translation>Contactpersonen van prospects</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>Invoicing details</source>
        <translation>Factuurgegevens</translation>
    </message>
    <message>
        <source>Incident reports and correspondence</source>
        <translation>Incidentmeldingen en correspondentie</translation>
    </message>
    <message>
        <source>CRM and ticketing service</source>
        <translation>CRM- en ticketingdienst</translation>
    </message>
    <message>
        <source>Support and account management</source>
        <translation>Support en accountbeheer</translation>
    </message>
    <message>
        <source>Klantwolk and Cloudstack also signed the standard contractual clauses (module 3, processor to processor) as a fallback should the Data Privacy Framework fall.</source>
        <translation>Klantwolk en Cloudstack hebben ook de standaardcontractbepalingen (SCC) ondertekend (module 3, van verwerker aan verwerker), als terugvaloptie voor het geval het EU-VS Data Privacy Framework (DPF) komt te vervallen.</translation>
    </message>
    <message>
        <source>The data subjects themselves and their employers</source>
        <translation>De betrokkenen zelf en hun werkgevers</translation>
    </message>
    <message>
        <source>Klantwolk CRM and ticketing, Factuurgemak</source>
        <translation>Klantwolk CRM en ticketing, Factuurgemak</translation>
    </message>
    <message>
        <source>Klantwolk EU region (Dublin, Ireland); Factuurgemak (Netherlands)</source>
        <translation>Klantwolk EU-regio (Dublin, Ierland); Factuurgemak (Nederland)</translation>
    </message>
    <message>
        <source>Business contact data; no criterion of the AP list applies.</source>
        <translation>Zakelijke contactgegevens; geen enkel criterium van de DPIA-lijst van de AP is van toepassing.</translation>
    </message>
    <message>
        <source>Website and e-mail</source>
        <translation>Website en e-mail</translation>
    </message>
    <message>
        <source>Running the website, answering questions sent through contact forms and e-mail, and measuring business use of the website</source>
        <translation>Beheren van de website, beantwoorden van vragen die via contactformulieren en e-mail binnenkomen, en meten van het zakelijke gebruik van de website</translation>
    </message>
    <message>
        <source>People who contact us</source>
        <translation>Mensen die contact met ons opnemen</translation>
    </message>
    <message>
        <source>IP address and visited pages</source>
        <translation>IP-adres en bezochte pagina&apos;s</translation>
    </message>
    <message>
        <source>Contents of contact forms and e-mails</source>
        <translation>Inhoud van contactformulieren en e-mails</translation>
    </message>
    <message>
        <source>Company name and address derived from the IP address</source>
        <translation>Bedrijfsnaam en -adres, afgeleid van het IP-adres</translation>
    </message>
    <message>
        <source>Visitor-identification service</source>
        <translation>Dienst voor bezoekersidentificatie</translation>
    </message>
    <message>
        <source>Hosting partner</source>
        <translation>Hostingpartner</translation>
    </message>
    <message>
        <source>Marketing and sales</source>
        <translation>Marketing en verkoop</translation>
    </message>
    <message>
        <source>Website visitors and the people who write to us</source>
        <translation>Websitebezoekers en mensen die ons schrijven</translation>
    </message>
    <message>
        <source>Website, e-mail, Bezoekerslens</source>
        <translation>Website, e-mail, Bezoekerslens</translation>
    </message>
    <message>
        <source>Company-level statistics only; the IP address is not stored by the service.</source>
        <translation>Alleen statistieken op bedrijfsniveau; de dienst slaat het IP-adres niet op.</translation>
    </message>
    <message>
        <source>Use of the application for Gemeente Voorbeeldstad</source>
        <translation>Gebruik van de applicatie voor Gemeente Voorbeeldstad</translation>
    </message>
    <message>
        <source>The data is stored in an encrypted database and can briefly be found in log files and backups.</source>
        <translation>De gegevens worden opgeslagen in een versleutelde database en zijn korte tijd terug te vinden in logbestanden en back-ups.</translation>
    </message>
    <message>
        <source>Encrypted application database at Hostingpartner Noord (Netherlands)</source>
        <translation>Versleutelde applicatiedatabase bij Hostingpartner Noord (Nederland)</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Technisch beheer</translation>
    </message>
    <message>
        <source>Mailbridge Ltd (Ireland) to replace the current e-mail delivery sub-processor</source>
        <translation>Mailbridge Ltd (Ierland) vervangt de huidige subverwerker voor het verzenden van e-mail</translation>
    </message>
    <message>
        <source>Not required by Art. 37(1): no public authority, and no large-scale monitoring or special categories as a core activity. Appointed voluntarily because customers in the public sector ask for one.</source>
        <translation>Niet verplicht op grond van art. 37 lid 1 AVG: geen overheidsinstantie, en geen grootschalige monitoring of bijzondere categorieën als kernactiviteit. Vrijwillig aangesteld omdat klanten in de publieke sector erom vragen.</translation>
    </message>
    <message>
        <source>Questions through the contact form and e-mail</source>
        <translation>Vragen via het contactformulier en e-mail</translation>
    </message>
    <message>
        <source>after the question is answered</source>
        <translation>nadat de vraag is beantwoord</translation>
    </message>
    <message>
        <source>Access to personal data and changes to it are logged and the logs are reviewed monthly; logs are kept for 90 days.</source>
        <translation>Toegang tot persoonsgegevens en wijzigingen daarin worden gelogd en de logs worden maandelijks gecontroleerd; logs worden 90 dagen bewaard.</translation>
    </message>
    <message>
        <source>The controller gives documented instructions, may audit the processor, decides on sub-processors and on deletion or return at the end (articles 3, 7, 9 and 11)</source>
        <translation>De verwerkingsverantwoordelijke geeft gedocumenteerde instructies, mag de verwerker auditen, beslist over subverwerkers en over wissen of teruggeven aan het einde (artikelen 3, 7, 9 en 11)</translation>
    </message>
    <message>
        <source>Drawing up and sending invoices, keeping the invoice records</source>
        <translation>Opstellen en versturen van facturen, bijhouden van de factuuradministratie</translation>
    </message>
    <message>
        <source>Looking up the company behind a visitor&apos;s IP address, for business statistics</source>
        <translation>Het bedrijf achter het IP-adres van een bezoeker opzoeken, voor zakelijke statistieken</translation>
    </message>
    <message>
        <source>Sub-processing agreement Klantwolk - Cloudstack</source>
        <translation>Subverwerkersovereenkomst Klantwolk - Cloudstack</translation>
    </message>
    <message>
        <source>Support tooling for the CRM and ticketing service</source>
        <translation>Supporttools voor de CRM- en ticketdienst</translation>
    </message>
    <message>
        <source>Hosting the support tooling in which tickets are handled</source>
        <translation>Hosting van de supporttools waarin tickets worden afgehandeld</translation>
    </message>
    <message>
        <source>Names, business contact details, tickets</source>
        <translation>Namen, zakelijke contactgegevens, tickets</translation>
    </message>
    <message>
        <source>Management team</source>
        <translation>Directie</translation>
    </message>
    <message>
        <source>Hosting of the contract archive</source>
        <translation>Hosting van het contractarchief</translation>
    </message>
    <message>
        <source>Tax authority (Belastingdienst), in a tax audit</source>
        <translation>Belastingdienst, bij een boekenonderzoek</translation>
    </message>
    <message>
        <source>Sub-processor of Klantwolk, United States</source>
        <translation>Subverwerker van Klantwolk, Verenigde Staten</translation>
    </message>
    <message>
        <source>The website processes visitors&apos; IP addresses and the pages visited from them; some data is kept in cookies. The visitor-identification service Bezoekerslens shows company names and addresses based on IP addresses; the service does not store the IP address. Analytics cookies are placed only after consent in the cookie banner.</source>
        <translation>De website verwerkt de IP-adressen van bezoekers en de pagina&apos;s die vanaf die adressen worden bezocht; sommige gegevens worden in cookies bewaard. De dienst voor bezoekersidentificatie Bezoekerslens toont bedrijfsnamen en -adressen op basis van IP-adressen; de dienst slaat het IP-adres niet op. Analytische cookies worden pas geplaatst na toestemming in de cookiebanner.</translation>
    </message>
    <message>
        <source>Analytics cookie identifiers, with consent</source>
        <translation>Identificatoren in analytische cookies, met toestemming</translation>
    </message>
    <message>
        <source>Storing and processing the personal data the customer&apos;s users enter in the application and that calling systems transfer to it; keeping them briefly in logs and backups (90 days each); support at the customer&apos;s request.</source>
        <translation>Opslaan en verwerken van de persoonsgegevens die de gebruikers van de klant in de applicatie invoeren en die koppelende systemen aanleveren; deze kort bewaren in logs en back-ups (elk 90 dagen); ondersteuning op verzoek van de klant.</translation>
    </message>
    <message>
        <source>(c) the contract, order and invoice data kept as fiscal records; (f) the business contact details of the customer&apos;s contact persons and signatories</source>
        <translation>(c) de contract-, order- en factuurgegevens die tot de fiscale administratie behoren; (f) de zakelijke contactgegevens van de contactpersonen en ondertekenaars van de klant</translation>
    </message>
    <message>
        <source>AWR art. 52(4) and BW 2:10(3): keeping the fiscal records</source>
        <translation>AWR art. 52 lid 4 en BW 2:10 lid 3: bewaren van de fiscale administratie</translation>
    </message>
    <message>
        <source>Concluding and performing contracts with our business customers through their staff</source>
        <translation>Het sluiten en uitvoeren van overeenkomsten met onze zakelijke klanten via hun medewerkers</translation>
    </message>
    <message>
        <source>Maintaining the relationship with our business customers and prospects, and supporting their users</source>
        <translation>Het onderhouden van de relatie met onze zakelijke klanten en prospects, en het ondersteunen van hun gebruikers</translation>
    </message>
    <message>
        <source>Consent log of the cookie banner, kept for 12 months</source>
        <translation>Toestemmingslog van de cookiebanner, 12 maanden bewaard</translation>
    </message>
    <message>
        <source>&quot;Cookie settings&quot; link at the foot of every page</source>
        <translation>Link &quot;Cookie-instellingen&quot; onderaan elke pagina</translation>
    </message>
    <message>
        <source>Residents who contact the municipality; the municipality&apos;s employees</source>
        <translation>Inwoners die contact opnemen met de gemeente; medewerkers van de gemeente</translation>
    </message>
    <message>
        <source>Names, addresses and contact details; citizen service numbers; case notes, which can mention health</source>
        <translation>Namen, adressen en contactgegevens; burgerservicenummers; aantekeningen bij zaken, waarin gezondheid ter sprake kan komen</translation>
    </message>
    <message>
        <source>The municipality&apos;s staff and the municipality&apos;s own systems</source>
        <translation>De medewerkers van de gemeente en de eigen systemen van de gemeente</translation>
    </message>
    <message>
        <source>Invoice dispute with a former customer</source>
        <translation>Factuurgeschil met een voormalige klant</translation>
    </message>
    <message>
        <source>Case 2026-014</source>
        <translation>Zaak 2026-014</translation>
    </message>
    <message>
        <source>The contact details, tickets and correspondence of the former customer in the dispute and of its two contact persons; nothing of other customers.</source>
        <translation>De contactgegevens, tickets en correspondentie van de voormalige klant in het geschil en van zijn twee contactpersonen; niets van andere klanten.</translation>
    </message>
    <message>
        <source>The former customer disputes its last two invoices; our lawyer asked us to keep the correspondence until the claim is settled or time-barred.</source>
        <translation>De voormalige klant betwist zijn laatste twee facturen; onze advocaat heeft gevraagd de correspondentie te bewaren tot de vordering is afgewikkeld of verjaard.</translation>
    </message>
    <message>
        <source>Backupkluis B.V. (Netherlands) to take over the off-site backups from the hosting partner</source>
        <translation>Backupkluis B.V. (Nederland) neemt de externe back-ups over van de hostingpartner</translation>
    </message>
    <message>
        <source>Support desk</source>
        <translation>Servicedesk</translation>
    </message>
    <message>
        <source>M. de Wit</source>
        <translation>M. de Wit</translation>
    </message>
    <message>
        <source>m.dewit@example.nl</source>
        <translation>m.dewit@example.nl</translation>
    </message>
    <message>
        <source>Everything kept about her as a contact person of a customer, including support tickets.</source>
        <translation>Alles wat over haar is vastgelegd als contactpersoon van een klant, inclusief supporttickets.</translation>
    </message>
    <message>
        <source>Asked to confirm the request from the e-mail address known in the CRM</source>
        <translation>Gevraagd het verzoek te bevestigen vanaf het e-mailadres dat in het CRM bekend is</translation>
    </message>
    <message>
        <source>P. Jansen</source>
        <translation>P. Jansen</translation>
    </message>
    <message>
        <source>p.jansen@example.com</source>
        <translation>p.jansen@example.com</translation>
    </message>
    <message>
        <source>Remove him from the newsletter and delete the contact form messages he sent.</source>
        <translation>Hem uitschrijven voor de nieuwsbrief en de berichten verwijderen die hij via het contactformulier stuurde.</translation>
    </message>
    <message>
        <source>Deletion from the mail server</source>
        <translation>Verwijdering van de mailserver</translation>
    </message>
    <message>
        <source>An invoice reminder with one customer contact&apos;s name and e-mail address was sent to another customer.</source>
        <translation>Een betalingsherinnering met de naam en het e-mailadres van de contactpersoon van een klant is naar een andere klant gestuurd.</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Another business learns a contact person&apos;s business e-mail address; no further harm is likely.</source>
        <translation>Een ander bedrijf krijgt het zakelijke e-mailadres van een contactpersoon te zien; verdere schade is niet waarschijnlijk.</translation>
    </message>
    <message>
        <source>Business contact details only, sent to a known customer who confirmed deleting the e-mail the same day.</source>
        <translation>Alleen zakelijke contactgegevens, gestuurd aan een bekende klant die dezelfde dag bevestigde de e-mail te hebben verwijderd.</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>Privacy officer</translation>
    </message>
    <message>
        <source>Unlikely to result in a risk to the contact person (Art. 33(1)): see the risk assessment.</source>
        <translation>Leidt waarschijnlijk niet tot een risico voor de contactpersoon (art. 33 lid 1): zie de risicobeoordeling.</translation>
    </message>
    <message>
        <source>The recipient deleted the e-mail; reminders now go from the invoicing application only.</source>
        <translation>De ontvanger heeft de e-mail verwijderd; herinneringen gaan nu alleen nog vanuit de factuurapplicatie.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the code of the language this translation is in: en or nl</comment>
        <translation>nl</translation>
    </message>
    <message>
        <source>Your data is stored encrypted, and so are the backups.</source>
        <translation>Uw gegevens worden versleuteld opgeslagen, en de back-ups ook.</translation>
    </message>
    <message>
        <source>Connections to our website, our application and our mail servers are encrypted.</source>
        <translation>Verbindingen met onze website, onze applicatie en onze mailservers zijn versleuteld.</translation>
    </message>
    <message>
        <source>Only staff who need your data for their work can reach it, and they sign in with two factors.</source>
        <translation>Alleen medewerkers die uw gegevens voor hun werk nodig hebben, kunnen erbij, en zij loggen in met twee factoren.</translation>
    </message>
    <message>
        <source>We make a backup every day, in a second data centre in the Netherlands.</source>
        <translation>Wij maken elke dag een back-up, in een tweede datacenter in Nederland.</translation>
    </message>
    <message>
        <source>Access to personal data is logged and the logs are checked.</source>
        <translation>Toegang tot persoonsgegevens wordt gelogd en de logbestanden worden gecontroleerd.</translation>
    </message>
    <message>
        <source>Everyone who works for us is bound to confidentiality.</source>
        <translation>Iedereen die voor ons werkt, is tot geheimhouding verplicht.</translation>
    </message>
    <message>
        <source>Hosts our servers in two data centres in the Netherlands. It has no active access to your data, but has the means to obtain it.</source>
        <translation>Host onze servers in twee datacenters in Nederland. Heeft geen actieve toegang tot uw gegevens, maar wel de middelen om die te verkrijgen.</translation>
    </message>
    <message>
        <source>Our customer relationship and ticketing service, in its EU region (Ireland).</source>
        <translation>Onze dienst voor klantrelaties en tickets, in de EU-regio (Ierland).</translation>
    </message>
    <message>
        <source>Hosts the support tooling of Klantwolk, in the United States.</source>
        <translation>Host de supporttools van Klantwolk, in de Verenigde Staten.</translation>
    </message>
    <message>
        <source>Our online invoicing application (the Netherlands).</source>
        <translation>Onze online factuurapplicatie (Nederland).</translation>
    </message>
    <message>
        <source>Shows us the name and address of the company a visit to our website comes from, based on the IP address; it does not store the IP address.</source>
        <translation>Toont ons de naam en het adres van het bedrijf waar een bezoek aan onze website vandaan komt, op basis van het IP-adres; slaat het IP-adres niet op.</translation>
    </message>
    <message>
        <source>To conclude and perform our contracts with you, to invoice and to keep the fiscal records the law requires of us</source>
        <translation>Om onze overeenkomsten met u te sluiten en uit te voeren, te factureren en de fiscale administratie bij te houden die de wet van ons vraagt</translation>
    </message>
    <message>
        <source>To stay in touch with you as a customer or prospect, to send invoices and to help you when you report an incident</source>
        <translation>Om contact met u te houden als klant of potentiële klant, facturen te sturen en u te helpen als u een incident meldt</translation>
    </message>
    <message>
        <source>Without your contact details we cannot answer your questions or help you with an incident.</source>
        <translation>Zonder uw contactgegevens kunnen wij uw vragen niet beantwoorden of u niet helpen bij een incident.</translation>
    </message>
    <message>
        <source>a copy of the clauses on request from privacy@voorbeeldsoft.example</source>
        <translation>een kopie van de clausules op verzoek via privacy@voorbeeldsoft.example</translation>
    </message>
    <message>
        <source>To run our website, to answer the questions you send us, and to know which companies visit our website</source>
        <translation>Om onze website te laten werken, de vragen te beantwoorden die u ons stuurt, en te weten welke bedrijven onze website bezoeken</translation>
    </message>
    <message>
        <source>Refusing analytics cookies has no consequences: the website works the same.</source>
        <translation>Het weigeren van analytische cookies heeft geen gevolgen: de website werkt hetzelfde.</translation>
    </message>
    <message>
        <source>Organisations use our application to process the data of their residents, clients or staff. For that data the organisation is the controller, and we process it on its behalf: ask it about your data and your rights.</source>
        <translation>Organisaties gebruiken onze applicatie om de gegevens van hun inwoners, cliënten of medewerkers te verwerken. Voor die gegevens is de organisatie verwerkingsverantwoordelijke, en wij verwerken ze in haar opdracht: stel uw vragen over uw gegevens en uw rechten aan haar.</translation>
    </message>
    <message>
        <source>(a) analytics cookies and the visitor-identification script; (f) running the website and answering questions</source>
        <translation>(a) analytische cookies en het script voor bezoekersidentificatie; (f) het laten werken van de website en het beantwoorden van vragen</translation>
    </message>
    <message>
        <source>Running a secure website and answering the questions people send us</source>
        <translation>Een veilige website laten werken en de vragen beantwoorden die mensen ons sturen</translation>
    </message>
    <message>
        <source>Keeps your session while you use the website</source>
        <translation>Houdt uw sessie vast terwijl u de website gebruikt</translation>
    </message>
    <message>
        <source>Remembers your choices in the cookie banner</source>
        <translation>Onthoudt uw keuzes in de cookiebanner</translation>
    </message>
    <message>
        <source>Counts visits to our pages, to improve the website</source>
        <translation>Telt bezoeken aan onze pagina&apos;s, om de website te verbeteren</translation>
    </message>
    <message>
        <source>Shows us which company a visit comes from, based on the IP address; the IP address is not stored</source>
        <translation>Toont ons van welk bedrijf een bezoek komt, op basis van het IP-adres; het IP-adres wordt niet opgeslagen</translation>
    </message>
    <message>
        <source>Privacy statement of Voorbeeldsoft</source>
        <translation>Privacyverklaring van Voorbeeldsoft</translation>
    </message>
    <message>
        <source>Voorbeeldsoft makes software for municipalities and businesses. This statement explains which personal data we process about the contact persons of our customers, about prospects and about visitors of our website, why we do so, and what your rights are.</source>
        <translation>Voorbeeldsoft maakt software voor gemeenten en bedrijven. Deze verklaring legt uit welke persoonsgegevens wij verwerken van contactpersonen van onze klanten, van prospects en van bezoekers van onze website, waarom wij dat doen, en wat uw rechten zijn.</translation>
    </message>
    <message>
        <source>We publish a new version on our website a month before it takes effect, and tell our customers by e-mail.</source>
        <translation>Wij publiceren een nieuwe versie een maand voordat zij ingaat op onze website, en laten het onze klanten per e-mail weten.</translation>
    </message>
    <message>
        <source>On request we send you a sample letter for each right.</source>
        <translation>Op verzoek sturen wij u voor elk recht een voorbeeldbrief.</translation>
    </message>
    <message>
        <source>The first version written from our register of processing activities.</source>
        <translation>De eerste versie, geschreven uit ons register van verwerkingsactiviteiten.</translation>
    </message>
    <message>
        <source>Established after the yearly review</source>
        <translation>Vastgesteld na de jaarlijkse beoordeling</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenplaats</translation>
    </message>
    <message>
        <source>Number in the old spreadsheet</source>
        <translation>Nummer in de oude spreadsheet</translation>
    </message>
    <message>
        <source>Invoice reminder to the wrong customer</source>
        <translation>Betalingsherinnering naar de verkeerde klant</translation>
    </message>
    <message>
        <source>Reminders were sent by hand from a shared mailbox, with the address typed in.</source>
        <translation>Herinneringen werden met de hand verstuurd vanuit een gedeelde mailbox, met het adres ingetypt.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Ask sales whether prospects who never became customers can be deleted after two years instead of five.</source>
        <translation>Vraag verkoop of prospects die nooit klant zijn geworden na twee jaar in plaats van vijf kunnen worden verwijderd.</translation>
    </message>
    <message>
        <source>Contract management, folder Suppliers</source>
        <translation>Contractbeheer, map Leveranciers</translation>
    </message>
    <message>
        <source>An accredited certification body</source>
        <translation>Een geaccrediteerde certificatie-instelling</translation>
    </message>
    <message>
        <source>The services under this agreement</source>
        <translation>De diensten onder deze overeenkomst</translation>
    </message>
    <message>
        <source>Privacy officer and IT manager</source>
        <translation>Privacy officer en IT-manager</translation>
    </message>
    <message>
        <source>Subscription Klantwolk CRM, contract KW-2024-118</source>
        <translation>Abonnement Klantwolk CRM, contract KW-2024-118</translation>
    </message>
    <message>
        <source>Ireland (EU region); support tooling in the United States</source>
        <translation>Ierland (EU-regio); supporttooling in de Verenigde Staten</translation>
    </message>
    <message>
        <source>EU-US Data Privacy Framework (Cloudstack Inc.)</source>
        <translation>EU-VS Data Privacy Framework (Cloudstack Inc.)</translation>
    </message>
    <message>
        <source>Export of all contacts and tickets as CSV within 30 days of notice; Klantwolk deletes the data within 60 days after the end and confirms it in writing.</source>
        <translation>Export van alle contacten en tickets als CSV binnen 30 dagen na opzegging; Klantwolk verwijdert de gegevens binnen 60 dagen na het einde en bevestigt dat schriftelijk.</translation>
    </message>
    <message>
        <source>Klantwolk CRM</source>
        <translation>Klantwolk CRM</translation>
    </message>
    <message>
        <source>Annex 2 to the subscription</source>
        <translation>Bijlage 2 bij het abonnement</translation>
    </message>
    <message>
        <source>The supplier&apos;s external auditor</source>
        <translation>De externe accountant van de leverancier</translation>
    </message>
    <message>
        <source>Type II, hosting and support of Klantwolk CRM</source>
        <translation>Type II, hosting en support van Klantwolk CRM</translation>
    </message>
    <message>
        <source>Support staff in the United States can see tickets.</source>
        <translation>Supportmedewerkers in de Verenigde Staten kunnen tickets inzien.</translation>
    </message>
    <message>
        <source>Ask Klantwolk to mask customer data in support tickets; add the audit clause at the renewal.</source>
        <translation>Klantwolk vragen klantgegevens in supporttickets te maskeren; de auditclausule opnemen bij de verlenging.</translation>
    </message>
    <message>
        <source>Voorbeeldsoft privacy policy</source>
        <translation>Privacybeleid Voorbeeldsoft</translation>
    </message>
    <message>
        <source>Every supplier that processes personal data for us has signed an agreement before use</source>
        <translation>Elke leverancier die voor ons persoonsgegevens verwerkt, heeft vóór gebruik een overeenkomst getekend</translation>
    </message>
    <message>
        <source>Tested every year by the external auditor, on a sample of five suppliers.</source>
        <translation>Elk jaar getoetst door de externe auditor, met een steekproef van vijf leveranciers.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::DueList</name>
    <message>
        <source>Request %1: %2</source>
        <translation>Verzoek %1: %2</translation>
    </message>
    <message>
        <source>Tell the requester of %1 about the extension, with its reasons</source>
        <translation>Informeer de verzoeker van %1 over de verlenging en de redenen daarvoor</translation>
    </message>
    <message>
        <source>Tell %1 of breach %2 (Art. 33(2))</source>
        <translation>Informeer %1 over datalek %2 (art. 33 lid 2)</translation>
    </message>
    <message>
        <source>Agreement &quot;%1&quot; ends</source>
        <translation>Overeenkomst &quot;%1&quot; loopt af</translation>
    </message>
    <message>
        <source>Objection window of &quot;%1&quot; closes: %2</source>
        <translation>Bezwaartermijn van &quot;%1&quot; loopt af: %2</translation>
    </message>
    <message>
        <source>The controller&apos;s objection window under &quot;%1&quot; closes: %2</source>
        <translation>De bezwaartermijn van de verwerkingsverantwoordelijke onder &quot;%1&quot; loopt af: %2</translation>
    </message>
    <message>
        <source>Review &quot;%1&quot;</source>
        <translation>Herbeoordeling van &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Uiterste tijdstip: %1</translation>
    </message>
    <message>
        <source>Act by %1. Statutory deadline %2. Internal target %3.</source>
        <translation>Uiterlijk handelen op %1. Wettelijke termijn: %2. Interne streefdatum: %3.</translation>
    </message>
    <message>
        <source>Notify breach %1 to the supervisory authority, unless it is unlikely to result in a risk</source>
        <translation>Meld datalek %1 bij de toezichthoudende autoriteit, tenzij het waarschijnlijk niet tot een risico leidt</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>%1 of the supplier under &quot;%2&quot; ends</source>
        <translation>%1 van de leverancier onder &quot;%2&quot; verloopt</translation>
    </message>
    <message>
        <source>Review the supplier under &quot;%1&quot; (yearly)</source>
        <translation>Beoordeel de leverancier onder &quot;%1&quot; (jaarlijks)</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::EntityService</name>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <source>%1 was changed by %2 after you opened it. Your changes were not saved: reload it to see the other changes, then make yours again.</source>
        <translation>%1 is door %2 gewijzigd nadat het hier werd geopend. De wijzigingen die hier zijn gemaakt, zijn niet opgeslagen: laad het item opnieuw om de andere wijzigingen te zien en breng de eigen wijzigingen daarna opnieuw aan.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Your changes were not saved: reload it to see the other changes, then make yours again.</source>
        <translation>%1 is op %3 door %2 gewijzigd nadat het hier werd geopend. De wijzigingen die hier zijn gemaakt, zijn niet opgeslagen: laad het item opnieuw om de andere wijzigingen te zien en breng de eigen wijzigingen daarna opnieuw aan.</translation>
    </message>
    <message>
        <source>A party named here is not in the register (it may have been deleted): choose another party.</source>
        <translation>Een hier genoemde partij staat niet in het register (mogelijk is die verwijderd): kies een andere partij.</translation>
    </message>
    <message>
        <source>A linked security measure is not in the register (it may have been deleted): remove the link or choose another measure.</source>
        <translation>Een gekoppelde beveiligingsmaatregel staat niet in het register (mogelijk is die verwijderd): verwijder de koppeling of kies een andere maatregel.</translation>
    </message>
    <message>
        <source>A linked retention rule is not in the register (it may have been deleted): choose another rule.</source>
        <translation>Een gekoppelde bewaarregel staat niet in het register (mogelijk is die verwijderd): kies een andere regel.</translation>
    </message>
    <message>
        <source>A linked agreement is not in the register (it may have been deleted): remove the link or choose another agreement.</source>
        <translation>Een gekoppelde overeenkomst staat niet in het register (mogelijk is die verwijderd): verwijder de koppeling of kies een andere overeenkomst.</translation>
    </message>
    <message>
        <source>A linked item is not in the register (it may have been deleted): remove the link.</source>
        <translation>Een gekoppeld item staat niet in het register (mogelijk is het verwijderd): verwijder de koppeling.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 en nog %n andere</numerusform>
            <numerusform>%1 en nog %n andere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted because %2 still refers to it. Retire it instead, or remove those references first.</source>
        <translation>%1 kan niet worden verwijderd, omdat %2 er nog naar verwijst. Stel het item in plaats daarvan buiten gebruik, of verwijder eerst die verwijzingen.</translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation>Het register kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The change could not be made. Nothing was changed.</source>
        <translation>De wijziging kon niet worden doorgevoerd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>A linked processing activity is not in the register (it may have been deleted): choose another activity.</source>
        <translation>Een gekoppelde verwerkingsactiviteit staat niet in het register (misschien is ze verwijderd): kies een andere verwerkingsactiviteit.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::HistoryText</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>Feestdagenkalender</translation>
    </message>
    <message>
        <source>Internal margin (working days)</source>
        <translation>Interne marge (werkdagen)</translation>
    </message>
    <message>
        <source>Extra days off</source>
        <translation>Extra vrije dagen</translation>
    </message>
    <message>
        <source>%1: erased (personal data of a data subject)</source>
        <translation>%1: gewist (persoonsgegevens van een betrokkene)</translation>
    </message>
    <message>
        <source>%1: cannot be read (changed outside Custodian)</source>
        <translation>%1: onleesbaar (buiten Custodian gewijzigd)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a deleted item</source>
        <translation>een verwijderd item</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>toegevoegd %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>verwijderd %1</translation>
    </message>
    <message>
        <source>order changed</source>
        <translation>volgorde gewijzigd</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 toegevoegd</translation>
    </message>
    <message>
        <source>%1 changed (%2)</source>
        <translation>%1 gewijzigd (%2)</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 verwijderd</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Own letter template</source>
        <translation>Eigen briefsjabloon</translation>
    </message>
    <message>
        <source>Letter changed: %1</source>
        <translation>Brief gewijzigd: %1</translation>
    </message>
    <message>
        <source>Letter written: %1</source>
        <translation>Brief geschreven: %1</translation>
    </message>
    <message>
        <source>Letter deleted: %1</source>
        <translation>Brief verwijderd: %1</translation>
    </message>
    <message>
        <source>%1: changed (personal data of a data subject, not shown here)</source>
        <translation>%1: gewijzigd (persoonsgegevens van een betrokkene, hier niet getoond)</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::LegalHoldService</name>
    <message>
        <source>The legal hold could not be found: it may have been deleted.</source>
        <translation>De bewaarblokkade is niet gevonden: misschien is ze verwijderd.</translation>
    </message>
    <message>
        <source>The legal hold was not saved: correct the marked fields first.</source>
        <translation>De bewaarblokkade is niet opgeslagen: verbeter eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The legal hold could not be saved. Nothing was changed.</source>
        <translation>De bewaarblokkade kon niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The legal hold could not be deleted. Nothing was changed.</source>
        <translation>De bewaarblokkade kon niet worden verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The legal hold %1</source>
        <translation>De bewaarblokkade %1</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::LetterService</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>There is no letter of that kind.</source>
        <translation>Een brief van die soort bestaat niet.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The case could not be found: it may have been deleted.</source>
        <translation>De zaak is niet gevonden: misschien is ze verwijderd.</translation>
    </message>
    <message>
        <source>The letter could not be found: it may have been deleted.</source>
        <translation>De brief is niet gevonden: misschien is hij verwijderd.</translation>
    </message>
    <message>
        <source>The letter was not saved: there is no letter of that kind.</source>
        <translation>De brief is niet opgeslagen: een brief van die soort bestaat niet.</translation>
    </message>
    <message>
        <source>The letter was not saved: it needs a title.</source>
        <translation>De brief is niet opgeslagen: hij heeft een titel nodig.</translation>
    </message>
    <message>
        <source>The letter was not saved: it is written in Dutch or English.</source>
        <translation>De brief is niet opgeslagen: hij is in het Nederlands of het Engels geschreven.</translation>
    </message>
    <message>
        <source>The letter could not be saved. Nothing was changed.</source>
        <translation>De brief kon niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The letter could not be deleted. Nothing was changed.</source>
        <translation>De brief kon niet worden verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no letter template of that name.</source>
        <translation>Er is geen briefsjabloon met die naam.</translation>
    </message>
    <message numerus="yes">
        <source>The template was not saved: it has %n mistake(s).</source>
        <translation>
            <numerusform>Het sjabloon is niet opgeslagen: het bevat %n fout.</numerusform>
            <numerusform>Het sjabloon is niet opgeslagen: het bevat %n fouten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template could not be saved. Nothing was changed.</source>
        <translation>Het sjabloon kon niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The built-in template could not be restored. Nothing was changed.</source>
        <translation>Het ingebouwde sjabloon kon niet worden teruggezet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The letter could not be made: its template has a mistake (%1). Correct it under Register settings › Letter templates.</source>
        <translation>De brief kon niet worden gemaakt: het sjabloon bevat een fout (%1). Verbeter het onder Registerinstellingen › Briefsjablonen.</translation>
    </message>
    <message>
        <source>The letter was not saved: the requester&apos;s details of this case have been erased, and its letters with them.</source>
        <translation>De brief is niet opgeslagen: de gegevens van de verzoeker in deze zaak zijn gewist, en de brieven daarmee ook.</translation>
    </message>
    <message>
        <source>The letter was not saved: it was changed elsewhere after you opened it. Close it and open it again to see that version.</source>
        <translation>De brief is niet opgeslagen: hij is elders gewijzigd nadat u hem opende. Sluit hem en open hem opnieuw om die versie te zien.</translation>
    </message>
    <message>
        <source>The letter was not saved: the register holds a letter with the same uuid for another case.</source>
        <translation>De brief is niet opgeslagen: het register heeft een brief met dezelfde uuid bij een andere zaak.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::OrganisationService</name>
    <message>
        <source>The organisation details could not be read.</source>
        <translation>De organisatiegegevens konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The organisation details were not saved: correct the marked fields first.</source>
        <translation>De organisatiegegevens zijn niet opgeslagen: corrigeer eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The organisation details could not be saved. Nothing was changed.</source>
        <translation>De organisatiegegevens konden niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The organisation %1</source>
        <translation>De organisatie %1</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::PartyService</name>
    <message>
        <source>The party could not be found: it may have been deleted.</source>
        <translation>De partij kon niet worden gevonden: mogelijk is die verwijderd.</translation>
    </message>
    <message>
        <source>The party was not saved: correct the marked fields first.</source>
        <translation>De partij is niet opgeslagen: corrigeer eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The party could not be saved. Nothing was changed.</source>
        <translation>De partij kon niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The party %1</source>
        <translation>De partij %1</translation>
    </message>
    <message>
        <source>The party could not be deleted. Nothing was changed.</source>
        <translation>De partij kon niet worden verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The administrative bodies could not be added. Nothing was changed.</source>
        <translation>De bestuursorganen konden niet worden toegevoegd. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::PrivacyStatementService</name>
    <message>
        <source>The privacy statement could not be found: it may have been deleted.</source>
        <translation>De privacyverklaring is niet gevonden: mogelijk is zij verwijderd.</translation>
    </message>
    <message>
        <source>The privacy statement was not saved: correct the marked fields first.</source>
        <translation>De privacyverklaring is niet opgeslagen: verbeter eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The privacy statement could not be saved. Nothing was changed.</source>
        <translation>De privacyverklaring kon niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The privacy statement could not be deleted. Nothing was changed.</source>
        <translation>De privacyverklaring kon niet worden verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The privacy statement could not be retired. Nothing was changed.</source>
        <translation>De privacyverklaring kon niet buiten gebruik worden gesteld. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The privacy statement %1</source>
        <translation>De privacyverklaring %1</translation>
    </message>
    <message>
        <source>No privacy statement in use covers the audience &quot;%1&quot;.</source>
        <translation>Geen privacyverklaring in gebruik dekt de doelgroep &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The statement &quot;%1&quot; already covers %2: an audience reads one statement. Take the audience out of that statement, or retire it, first.</source>
        <translation>De verklaring &quot;%1&quot; dekt %2 al: een doelgroep leest één verklaring. Haal de doelgroep eerst uit die verklaring, of stel die buiten gebruik.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::ProcessorActivityService</name>
    <message>
        <source>The processor activity could not be found: it may have been deleted.</source>
        <translation>De verwerking als verwerker is niet gevonden: mogelijk is die verwijderd.</translation>
    </message>
    <message>
        <source>The processor activity was not saved: correct the marked fields first.</source>
        <translation>De verwerking als verwerker is niet opgeslagen: corrigeer eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The processor activity could not be saved. Nothing was changed.</source>
        <translation>De verwerking als verwerker kon niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The processor activity could not be deleted. Nothing was changed.</source>
        <translation>De verwerking als verwerker kon niet worden verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The processor activity could not be retired. Nothing was changed.</source>
        <translation>De verwerking als verwerker kon niet buiten gebruik worden gesteld. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The processor activity %1</source>
        <translation>De verwerking als verwerker %1</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::RegisterSettings</name>
    <message>
        <source>Choose one of the holiday calendars Custodian knows.</source>
        <translation>Kies een van de feestdagenkalenders die Custodian kent.</translation>
    </message>
    <message>
        <source>The internal margin must be between 0 and %1 working days.</source>
        <translation>De interne marge moet tussen 0 en %1 werkdagen liggen.</translation>
    </message>
    <message>
        <source>An extra holiday has no valid date.</source>
        <translation>Een extra feestdag heeft geen geldige datum.</translation>
    </message>
    <message>
        <source>The extra holiday on %1 has no name.</source>
        <translation>De extra feestdag op %1 heeft geen naam.</translation>
    </message>
    <message>
        <source>%1 is entered twice.</source>
        <translation>%1 is twee keer ingevoerd.</translation>
    </message>
    <message>
        <source>%1 falls on a weekend, so it moves no deadline.</source>
        <translation>%1 valt in het weekend en verschuift dus geen termijn.</translation>
    </message>
    <message>
        <source>Keep a closed request&apos;s personal details between 1 and %1 months.</source>
        <translation>Bewaar de persoonsgegevens van een afgesloten verzoek tussen 1 en %1 maanden.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::RegisterSettingsService</name>
    <message>
        <source>The register settings could not be read.</source>
        <translation>De registerinstellingen konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The register settings were not saved: correct the marked fields first.</source>
        <translation>De registerinstellingen zijn niet opgeslagen: corrigeer eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The register settings could not be saved. Nothing was changed.</source>
        <translation>De registerinstellingen konden niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no holiday calendar &quot;%1&quot; in this version of Custodian.</source>
        <translation>Deze versie van Custodian kent geen feestdagenkalender &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An extra holiday needs a valid date.</source>
        <translation>Een extra feestdag heeft een geldige datum nodig.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::RegisterUpkeep</name>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Arrangement (Art. 26): %1</source>
        <translation>Regeling (art. 26 AVG): %1</translation>
    </message>
    <message numerus="yes">
        <source>The organisation&apos;s %n joint controller(s) are now parties with the joint-controller role. Link each to the processing activities it shares, on the activity&apos;s Recipients page (Art. 26).</source>
        <translation>
            <numerusform>De gezamenlijke verwerkingsverantwoordelijke van de organisatie is nu een partij met die rol. Koppel deze aan de verwerkingsactiviteiten die u deelt, op het tabblad Ontvangers van de activiteit (art. 26 AVG).</numerusform>
            <numerusform>De %n gezamenlijke verwerkingsverantwoordelijken van de organisatie zijn nu partijen met die rol. Koppel elk aan de verwerkingsactiviteiten die u deelt, op het tabblad Ontvangers van de activiteit (art. 26 AVG).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The objection deadlines of %n agreement(s) were counted again, as each agreement counts its window (calendar days unless it says otherwise). The history shows the old and new dates.</source>
        <translation>
            <numerusform>De bezwaartermijnen van %n overeenkomst zijn opnieuw berekend, zoals de overeenkomst de termijn telt (kalenderdagen, tenzij zij iets anders bepaalt). De geschiedenis toont de oude en nieuwe datums.</numerusform>
            <numerusform>De bezwaartermijnen van %n overeenkomsten zijn opnieuw berekend, zoals elke overeenkomst de termijn telt (kalenderdagen, tenzij zij iets anders bepaalt). De geschiedenis toont de oude en nieuwe datums.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold on &quot;%1&quot;</source>
        <translation>Bewaarblokkade op &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Made from the hold that was set on the whole retention rule. Describe whom and what it covers, and the day it started.</source>
        <translation>Gemaakt van de blokkade die op de hele bewaarregel stond. Beschrijf voor wie en wat ze geldt, en de dag waarop ze inging.</translation>
    </message>
    <message>
        <source>Reason of an earlier legal hold: %1</source>
        <translation>Reden van een eerdere bewaarblokkade: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n legal hold(s) that stopped deletion under a whole retention rule are now holds of their own, under Legal holds. Describe whom and what each covers, or release it: everything else must be deleted on time (Art. 5(1)(e) GDPR).</source>
        <translation>
            <numerusform>%n bewaarblokkade die de verwijdering onder een hele bewaarregel tegenhield, is nu een eigen bewaarblokkade, onder Bewaarblokkades. Beschrijf voor wie en wat ze geldt, of hef ze op: al het andere moet op tijd worden verwijderd (art. 5 lid 1 onder e AVG).</numerusform>
            <numerusform>%n bewaarblokkades die de verwijdering onder een hele bewaarregel tegenhielden, zijn nu eigen bewaarblokkades, onder Bewaarblokkades. Beschrijf voor elk voor wie en wat ze geldt, of hef ze op: al het andere moet op tijd worden verwijderd (art. 5 lid 1 onder e AVG).</numerusform>
        </translation>
    </message>
    <message>
        <source>The register could not be brought up to date.</source>
        <translation>Het register kon niet worden bijgewerkt.</translation>
    </message>
    <message numerus="yes">
        <source>The requester&apos;s details of %n closed request(s) were erased: the register settings keep them for %1 months after a case closes. Their dates, rights and outcomes stay.</source>
        <translation>
            <numerusform>De gegevens van de verzoeker van %n afgesloten verzoek zijn gewist: volgens de registerinstellingen worden ze %1 maanden na het afsluiten van een zaak bewaard. De datums, rechten en uitkomsten blijven bewaard.</numerusform>
            <numerusform>De gegevens van de verzoekers van %n afgesloten verzoeken zijn gewist: volgens de registerinstellingen worden ze %1 maanden na het afsluiten van een zaak bewaard. De datums, rechten en uitkomsten blijven bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every closed request could be purged of the requester&apos;s details (%1). Custodian tries again the next time the register is opened.</source>
        <translation>Niet bij elk afgesloten verzoek konden de gegevens van de verzoeker worden gewist (%1). Custodian probeert het opnieuw wanneer het register weer wordt geopend.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::RequestService</name>
    <message>
        <source>The request could not be found: it may have been deleted.</source>
        <translation>Het verzoek kon niet worden gevonden: mogelijk is het verwijderd.</translation>
    </message>
    <message>
        <source>The request was not saved: correct the marked fields first.</source>
        <translation>Het verzoek is niet opgeslagen: corrigeer eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The request could not be saved. Nothing was changed.</source>
        <translation>Het verzoek kon niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The request could not be deleted. Nothing was changed.</source>
        <translation>Het verzoek kon niet worden verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The request %1</source>
        <translation>Het verzoek %1</translation>
    </message>
    <message>
        <source>The requester&apos;s details could not be erased. Nothing was changed.</source>
        <translation>De gegevens van de verzoeker konden niet worden gewist. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Only a closed case can be purged: answer, refuse or withdraw it first.</source>
        <translation>Alleen een afgesloten zaak kan worden opgeschoond: beantwoord het verzoek eerst, wijs het af of trek het in.</translation>
    </message>
    <message>
        <source>The deadlines of the requests could not be counted again.</source>
        <translation>De termijnen van de verzoeken konden niet opnieuw worden berekend.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::RetentionRuleService</name>
    <message>
        <source>The retention rule could not be found: it may have been deleted.</source>
        <translation>De bewaarregel kon niet worden gevonden: mogelijk is die verwijderd.</translation>
    </message>
    <message>
        <source>Another retention rule already comes from this catalogue entry: edit that rule instead.</source>
        <translation>Er is al een andere bewaarregel die uit dit catalogusitem voortkomt: bewerk in plaats daarvan die regel.</translation>
    </message>
    <message>
        <source>The retention rule was not saved: correct the marked fields first.</source>
        <translation>De bewaarregel is niet opgeslagen: corrigeer eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The retention rule could not be saved. Nothing was changed.</source>
        <translation>De bewaarregel kon niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The retention rule %1</source>
        <translation>De bewaarregel %1</translation>
    </message>
    <message>
        <source>The retention rule could not be deleted. Nothing was changed.</source>
        <translation>De bewaarregel kon niet worden verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The retention catalogue could not be added. Nothing was changed.</source>
        <translation>De catalogus met bewaartermijnen kon niet worden toegevoegd. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::SecurityMeasureService</name>
    <message>
        <source>The security measure could not be found: it may have been deleted.</source>
        <translation>De beveiligingsmaatregel kon niet worden gevonden: mogelijk is die verwijderd.</translation>
    </message>
    <message>
        <source>The security measure was not saved: correct the marked fields first.</source>
        <translation>De beveiligingsmaatregel is niet opgeslagen: corrigeer eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The security measure could not be saved. Nothing was changed.</source>
        <translation>De beveiligingsmaatregel kon niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The security measure %1</source>
        <translation>De beveiligingsmaatregel %1</translation>
    </message>
    <message>
        <source>The security measure could not be deleted. Nothing was changed.</source>
        <translation>De beveiligingsmaatregel kon niet worden verwijderd. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Custodian::Register::StatementVersionService</name>
    <message>
        <source>The statement version could not be found: it may have been deleted.</source>
        <translation>De versie van de verklaring is niet gevonden: mogelijk is zij verwijderd.</translation>
    </message>
    <message>
        <source>The statement version was not published: it is not complete.</source>
        <translation>De versie van de verklaring is niet gepubliceerd: zij is niet volledig.</translation>
    </message>
    <message>
        <source>The statement version could not be published. Nothing was changed.</source>
        <translation>De versie van de verklaring kon niet worden gepubliceerd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>A published statement version is kept as it was: it cannot be deleted.</source>
        <translation>Een gepubliceerde versie van de verklaring blijft bewaard zoals zij was: zij kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>A published statement version is kept as it was: it cannot be retired.</source>
        <translation>Een gepubliceerde versie van de verklaring blijft bewaard zoals zij was: zij kan niet buiten gebruik worden gesteld.</translation>
    </message>
    <message>
        <source>The statement version %1</source>
        <translation>De versie van de verklaring %1</translation>
    </message>
    <message>
        <source>A published statement version is kept as it was: it cannot be changed. Publish a new version instead.</source>
        <translation>Een gepubliceerde versie van de verklaring blijft bewaard zoals zij was: zij kan niet worden gewijzigd. Publiceer in plaats daarvan een nieuwe versie.</translation>
    </message>
    <message>
        <source>Version %1 of this statement has been published already, in the meantime: publish again to make the next version.</source>
        <translation>Versie %1 van deze verklaring is intussen al gepubliceerd: publiceer opnieuw om de volgende versie te maken.</translation>
    </message>
</context>
<context>
    <name>Custodian::Reports::Controls</name>
    <message>
        <source>Personal data kept no longer than necessary</source>
        <translation>Persoonsgegevens niet langer bewaard dan nodig</translation>
    </message>
    <message>
        <source>The controller can demonstrate compliance</source>
        <translation>De verwerkingsverantwoordelijke kan de naleving aantonen</translation>
    </message>
    <message>
        <source>Transparent information to data subjects</source>
        <translation>Transparante informatie aan betrokkenen</translation>
    </message>
    <message>
        <source>The rights of data subjects, answered in time</source>
        <translation>De rechten van betrokkenen, tijdig afgehandeld</translation>
    </message>
    <message>
        <source>Processors engaged under a contract with the required terms</source>
        <translation>Verwerkers ingeschakeld op grond van een overeenkomst met de vereiste bepalingen</translation>
    </message>
    <message>
        <source>Records of processing activities</source>
        <translation>Register van verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Records of processing as controller</source>
        <translation>Register van verwerkingen als verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Time limits for erasure in the records</source>
        <translation>Termijnen voor het wissen in het register</translation>
    </message>
    <message>
        <source>Records of processing as processor</source>
        <translation>Register van verwerkingen als verwerker</translation>
    </message>
    <message>
        <source>Security of processing</source>
        <translation>Beveiliging van de verwerking</translation>
    </message>
    <message>
        <source>Breaches notified to the supervisory authority and documented</source>
        <translation>Datalekken gemeld aan de toezichthoudende autoriteit en gedocumenteerd</translation>
    </message>
    <message>
        <source>Breaches communicated to the data subjects</source>
        <translation>Datalekken meegedeeld aan de betrokkenen</translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation>Doorgiften naar derde landen</translation>
    </message>
    <message>
        <source>Internal supervision of the processing</source>
        <translation>Intern toezicht op de verwerkingen</translation>
    </message>
    <message>
        <source>Data subjects informed in time, so that they can exercise their rights</source>
        <translation>Betrokkenen tijdig geïnformeerd, zodat zij hun rechten kunnen uitoefenen</translation>
    </message>
    <message>
        <source>Informing in an appropriate, understandable and accessible way</source>
        <translation>Informeren op een passende, begrijpelijke en toegankelijke wijze</translation>
    </message>
    <message>
        <source>The duty to notify breaches</source>
        <translation>Meldplicht datalekken</translation>
    </message>
    <message>
        <source>An inventory of assets, checked for completeness and currency</source>
        <translation>Een inventaris van bedrijfsmiddelen, gecontroleerd op volledigheid en actualiteit</translation>
    </message>
    <message>
        <source>Information classified after a risk assessment</source>
        <translation>Informatie geclassificeerd na een risicobeoordeling</translation>
    </message>
    <message>
        <source>Security requirements part of procurement</source>
        <translation>Beveiligingseisen onderdeel van de inkoop</translation>
    </message>
    <message>
        <source>Security requirements set out in supplier contracts</source>
        <translation>Beveiligingseisen opgenomen in contracten met leveranciers</translation>
    </message>
    <message>
        <source>Supplier terms excluded where possible, accepted risks explicit</source>
        <translation>Voorwaarden van de leverancier zo veel mogelijk uitgesloten, aanvaarde risico&apos;s expliciet</translation>
    </message>
    <message>
        <source>The supplier shows compliance by an independent audit every year</source>
        <translation>De leverancier toont de naleving elk jaar aan met een onafhankelijke audit</translation>
    </message>
    <message>
        <source>The right to audit the supplier</source>
        <translation>Het recht om de leverancier te auditen</translation>
    </message>
    <message>
        <source>The supplier reports vulnerabilities, incidents and breaches</source>
        <translation>De leverancier meldt kwetsbaarheden, incidenten en datalekken</translation>
    </message>
    <message>
        <source>Dependency on the supplier assessed, exit strategy worked out</source>
        <translation>Afhankelijkheid van de leverancier beoordeeld, exitstrategie uitgewerkt</translation>
    </message>
    <message>
        <source>Insight into the supply chain, requirements passed down, changes reported</source>
        <translation>Inzicht in de keten, eisen doorgegeven, wijzigingen gemeld</translation>
    </message>
    <message>
        <source>Each supplier assessed every year, residual risks included</source>
        <translation>Elke leverancier jaarlijks beoordeeld, inclusief restrisico&apos;s</translation>
    </message>
    <message>
        <source>A current record of suppliers and the contracts made</source>
        <translation>Een actuele registratie van leveranciers en afgesloten contracten</translation>
    </message>
    <message>
        <source>Cloud services: policy, and grounds for ending the contract</source>
        <translation>Clouddiensten: beleid en gronden om het contract te beëindigen</translation>
    </message>
    <message>
        <source>A desk where incidents are reported</source>
        <translation>Een meldloket voor incidenten</translation>
    </message>
    <message>
        <source>A procedure for reporting incidents</source>
        <translation>Een meldprocedure voor incidenten</translation>
    </message>
    <message>
        <source>The follow-up of incidents reported to management every month</source>
        <translation>De opvolging van incidenten maandelijks aan het management gerapporteerd</translation>
    </message>
    <message>
        <source>Incidents reported, and data subjects informed, within the legal term</source>
        <translation>Incidenten gemeld en betrokkenen geïnformeerd binnen de wettelijke termijn</translation>
    </message>
    <message>
        <source>Incidents reported to the supervisory authorities the law names</source>
        <translation>Incidenten gemeld bij de toezichthouders die de wet aanwijst</translation>
    </message>
    <message>
        <source>The root cause of incidents analysed</source>
        <translation>De grondoorzaak van incidenten geanalyseerd</translation>
    </message>
    <message>
        <source>Lessons from incidents shared</source>
        <translation>Lessen uit incidenten gedeeld</translation>
    </message>
    <message>
        <source>Information on incidents kept for at least three years</source>
        <translation>Informatie over incidenten minstens drie jaar bewaard</translation>
    </message>
    <message>
        <source>Retention periods set out in selection lists and tested</source>
        <translation>Bewaartermijnen vastgelegd in selectielijsten en getoetst</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>AVG</translation>
    </message>
    <message>
        <source>%1 (entered by the organisation)</source>
        <translation>%1 (door de organisatie opgegeven)</translation>
    </message>
    <message>
        <source>%1 (as numbered in %2)</source>
        <translation>%1 (nummering volgens %2)</translation>
    </message>
    <message>
        <source>Art. 5(1)(e)</source>
        <translation>art. 5 lid 1 onder e</translation>
    </message>
    <message>
        <source>Art. 5(2)</source>
        <translation>art. 5 lid 2</translation>
    </message>
    <message>
        <source>Art. 12–14</source>
        <translation>art. 12–14</translation>
    </message>
    <message>
        <source>Art. 12–22</source>
        <translation>art. 12–22</translation>
    </message>
    <message>
        <source>Art. 28</source>
        <translation>art. 28</translation>
    </message>
    <message>
        <source>Art. 30</source>
        <translation>art. 30</translation>
    </message>
    <message>
        <source>Art. 30(1)</source>
        <translation>art. 30 lid 1</translation>
    </message>
    <message>
        <source>Art. 30(1)(f)</source>
        <translation>art. 30 lid 1 onder f</translation>
    </message>
    <message>
        <source>Art. 30(2)</source>
        <translation>art. 30 lid 2</translation>
    </message>
    <message>
        <source>Art. 32</source>
        <translation>art. 32</translation>
    </message>
    <message>
        <source>Art. 33</source>
        <translation>art. 33</translation>
    </message>
    <message>
        <source>Art. 34</source>
        <translation>art. 34</translation>
    </message>
    <message>
        <source>Art. 44–49</source>
        <translation>art. 44–49</translation>
    </message>
    <message>
        <source>No government measure: ISO 27002 5.34 (privacy and protection of personal data) applies</source>
        <translation>Geen overheidsmaatregel: ISO 27002 5.34 (privacy en bescherming van persoonsgegevens) is van toepassing</translation>
    </message>
    <message>
        <source>the MinBZK GitHub text of 23 March 2026, without formal status</source>
        <translation>de GitHub-tekst van MinBZK van 23 maart 2026, zonder formele status</translation>
    </message>
    <message>
        <source>Tasks, responsibilities and reporting lines for privacy laid down</source>
        <translation>Taken, verantwoordelijkheden en rapportagelijnen voor privacy vastgelegd</translation>
    </message>
    <message>
        <source>Privacy risks assessed and managed: privacy by design and the DPIA</source>
        <translation>Privacyrisico&apos;s beoordeeld en beheerst: privacy by design en de DPIA</translation>
    </message>
    <message>
        <source>The risks and measures, the DPIAs carried out and followed up, demonstrated</source>
        <translation>De risico&apos;s en maatregelen, de uitgevoerde en opgevolgde DPIA&apos;s aantoonbaar</translation>
    </message>
    <message>
        <source>Responsibility for privacy protection assigned to line management</source>
        <translation>Verantwoordelijkheid voor privacybescherming belegd bij het lijnmanagement</translation>
    </message>
    <message>
        <source>Roles and responsibilities for information security and privacy laid down</source>
        <translation>Rollen en verantwoordelijkheden voor informatiebeveiliging en privacy vastgelegd</translation>
    </message>
    <message>
        <source>A log line names the action, object, result, origin and actor</source>
        <translation>Een logregel noemt actie, object, resultaat, oorsprong en actor</translation>
    </message>
    <message>
        <source>Log files known, kept as long as their risk asks, protected against tampering and checked</source>
        <translation>Logbestanden bekend, bewaard zolang het risico vraagt, beschermd tegen manipulatie en gecontroleerd</translation>
    </message>
</context>
<context>
    <name>Custodian::Reports::Report</name>
    <message>
        <source>Purpose and lawful basis (Art. 30(1)(b), Art. 6)</source>
        <translation>Doel en rechtsgrond (art. 30 lid 1 onder b, art. 6 AVG)</translation>
    </message>
    <message>
        <source>Data subjects and personal data (Art. 30(1)(c))</source>
        <translation>Betrokkenen en persoonsgegevens (art. 30 lid 1 onder c AVG)</translation>
    </message>
    <message>
        <source>Recipients and joint controllers (Art. 30(1)(a), (d))</source>
        <translation>Ontvangers en gezamenlijk verwerkingsverantwoordelijken (art. 30 lid 1 onder a en d AVG)</translation>
    </message>
    <message>
        <source>Transfers to third countries (Art. 30(1)(e))</source>
        <translation>Doorgiften naar derde landen (art. 30 lid 1 onder e AVG)</translation>
    </message>
    <message>
        <source>Security measures (Art. 30(1)(g))</source>
        <translation>Beveiligingsmaatregelen (art. 30 lid 1 onder g AVG)</translation>
    </message>
    <message>
        <source>Systems, storage and agreements</source>
        <translation>Systemen, opslag en overeenkomsten</translation>
    </message>
    <message>
        <source>Automated decisions and profiling (Art. 22)</source>
        <translation>Geautomatiseerde besluiten en profilering (art. 22 AVG)</translation>
    </message>
    <message>
        <source>Data protection impact assessment (Art. 35)</source>
        <translation>Gegevensbeschermingseffectbeoordeling (art. 35 AVG)</translation>
    </message>
    <message>
        <source>Ownership and review</source>
        <translation>Eigenaarschap en herziening</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Het rapport kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>There is no processing activity %1.</source>
        <translation>Er is geen verwerkingsactiviteit %1.</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Het rapport kon niet naar %1 worden geschreven.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Overige gegevens</translation>
    </message>
    <message>
        <source>Not recorded: %1.</source>
        <translation>Niet vastgelegd: %1.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>no history yet</source>
        <translation>nog geen historie</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <source>Register state</source>
        <translation>Registerstand</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <source>Processing activity sheet</source>
        <translation>Overzicht verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>About this sheet</source>
        <translation>Over dit overzicht</translation>
    </message>
    <message>
        <source>Controller (Art. 30(1)(a))</source>
        <translation>Verwerkingsverantwoordelijke (art. 30 lid 1 onder a AVG)</translation>
    </message>
    <message>
        <source>Register of processing activities</source>
        <translation>Register van verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>The whole register</source>
        <translation>Het hele register</translation>
    </message>
    <message>
        <source>Records of processing activities under Article 30 of the General Data Protection Regulation, as controller and as processor.</source>
        <translation>Het register van verwerkingsactiviteiten volgens artikel 30 van de Algemene verordening gegevensbescherming, als verwerkingsverantwoordelijke en als verwerker.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Processing activities (Art. 30(1))</source>
        <translation>Verwerkingsactiviteiten (art. 30 lid 1 AVG)</translation>
    </message>
    <message>
        <source>The processing activities of the organisation as controller, each on its own page with every detail the register holds.</source>
        <translation>De verwerkingsactiviteiten van de organisatie als verwerkingsverantwoordelijke, elk op een eigen pagina met alle gegevens die het register bevat.</translation>
    </message>
    <message>
        <source>The register holds no processing activities.</source>
        <translation>Het register bevat geen verwerkingsactiviteiten.</translation>
    </message>
    <message>
        <source>The organisation carries out no processing as a processor.</source>
        <translation>De organisatie verwerkt geen persoonsgegevens als verwerker.</translation>
    </message>
    <message>
        <source>Processing as a processor (Art. 30(2))</source>
        <translation>Verwerkingen als verwerker (art. 30 lid 2 AVG)</translation>
    </message>
    <message>
        <source>The categories of processing carried out on behalf of each controller.</source>
        <translation>De categorieën van verwerkingen die voor elke verwerkingsverantwoordelijke worden uitgevoerd.</translation>
    </message>
    <message>
        <source>The register holds no agreements.</source>
        <translation>Het register bevat geen overeenkomsten.</translation>
    </message>
    <message>
        <source>Processing agreements (Art. 28)</source>
        <translation>Verwerkersovereenkomsten (art. 28 AVG)</translation>
    </message>
    <message>
        <source>Each agreement with its terms, the checklist of Art. 28(3) with the clauses that meet it, and the notices of new sub-processors.</source>
        <translation>Elke overeenkomst met haar voorwaarden, de controlelijst van art. 28 lid 3 AVG met de bepalingen die eraan voldoen, en de meldingen van nieuwe subverwerkers.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>The processors, recipients and other parties the register names.</source>
        <translation>De verwerkers, ontvangers en andere partijen die het register noemt.</translation>
    </message>
    <message>
        <source>The register names no parties.</source>
        <translation>Het register noemt geen partijen.</translation>
    </message>
    <message>
        <source>The register records no transfers.</source>
        <translation>Het register legt geen doorgiften vast.</translation>
    </message>
    <message>
        <source>Transfers to third countries (Art. 30(1)(e), Art. 30(2)(c))</source>
        <translation>Doorgiften naar derde landen (art. 30 lid 1 onder e en lid 2 onder c AVG)</translation>
    </message>
    <message>
        <source>Retention schedule (Art. 30(1)(f))</source>
        <translation>Bewaartermijnen (art. 30 lid 1 onder f AVG)</translation>
    </message>
    <message>
        <source>How long each category of personal data is kept, and on what ground.</source>
        <translation>Hoe lang elke categorie persoonsgegevens wordt bewaard, en op welke grond.</translation>
    </message>
    <message>
        <source>The register holds no retention rules.</source>
        <translation>Het register bevat geen bewaarregels.</translation>
    </message>
    <message>
        <source>Security measures (Art. 30(1)(g), Art. 32)</source>
        <translation>Beveiligingsmaatregelen (art. 30 lid 1 onder g, art. 32 AVG)</translation>
    </message>
    <message>
        <source>The register records no security measures.</source>
        <translation>Het register legt geen beveiligingsmaatregelen vast.</translation>
    </message>
    <message>
        <source>Register state %1</source>
        <translation>Registerstand %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Gemaakt %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message numerus="yes">
        <source>%n history entries; last entry %1</source>
        <translation>
            <numerusform>%n regel in de historie; laatste regel %1</numerusform>
            <numerusform>%n regels in de historie; laatste regel %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the report was stopped.</source>
        <translation>Het maken van het rapport is gestopt.</translation>
    </message>
    <message>
        <source>The paper is too small for the report: it needs room for a header, a footer and text between them.</source>
        <translation>Het papier is te klein voor het rapport: er moet ruimte zijn voor een kop, een voet en tekst daartussen.</translation>
    </message>
    <message>
        <source>The report could not be painted.</source>
        <translation>Het rapport kon niet worden opgemaakt.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Buiten gebruik gesteld</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Persoonsgegevens gewist</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Teruggezet uit een back-up</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 van %2 (%3 %)</translation>
    </message>
    <message>
        <source>Completeness findings</source>
        <translation>Bevindingen van de volledigheidscontrole</translation>
    </message>
    <message>
        <source>What the completeness check found on the day of this report: the details the register lacks or that contradict each other, each with the article it rests on. Errors first.</source>
        <translation>Wat de volledigheidscontrole op de dag van dit rapport vond: de gegevens die in het register ontbreken of elkaar tegenspreken, elk met het artikel waarop de bevinding berust. Fouten eerst.</translation>
    </message>
    <message>
        <source>The completeness check finds nothing to mend.</source>
        <translation>De volledigheidscontrole vindt niets te herstellen.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>The register</source>
        <translation>Het register</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>Every change to the register in the period, oldest first, as its tamper-evident history records it: when, by whom, to which item, and what changed. A data subject&apos;s personal data is not shown.</source>
        <translation>Elke wijziging van het register in de periode, oudste eerst, zoals de fraudebestendige geschiedenis die vastlegt: wanneer, door wie, aan welk onderdeel en wat er veranderde. Persoonsgegevens van betrokkenen worden niet getoond.</translation>
    </message>
    <message>
        <source>Changes in the period</source>
        <translation>Wijzigingen in de periode</translation>
    </message>
    <message>
        <source>Nothing was changed in this period.</source>
        <translation>In deze periode is niets gewijzigd.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Data-subject request log</source>
        <translation>Logboek van verzoeken van betrokkenen</translation>
    </message>
    <message>
        <source>The requests received in the period under Articles 15 to 22, with their deadlines and how they were answered. On time means answered by the act-by date (Art. 12(3)). Requesters are not named.</source>
        <translation>De verzoeken op grond van de artikelen 15 tot en met 22 AVG die in de periode zijn ontvangen, met hun termijnen en hoe ze zijn beantwoord. Op tijd betekent beantwoord uiterlijk op de uiterste handeldatum (art. 12 lid 3 AVG). Verzoekers worden niet genoemd.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation>gesloten zonder antwoord</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <translation>
            <numerusform>%1 dag</numerusform>
            <numerusform>%1 dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Ontvangen verzoeken</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Op tijd beantwoord</translation>
    </message>
    <message>
        <source>Median time to answer</source>
        <translation>Mediane behandeltijd</translation>
    </message>
    <message>
        <source>Extended (Art. 12(3))</source>
        <translation>Verlengd (art. 12 lid 3 AVG)</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>Open and past the act-by date</source>
        <translation>Open en over de uiterste handeldatum</translation>
    </message>
    <message>
        <source>No requests were received in this period.</source>
        <translation>In deze periode zijn geen verzoeken ontvangen.</translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation>Ingeroepen rechten</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>The requests</source>
        <translation>De verzoeken</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>Breach register (Art. 33(5))</source>
        <translation>Register van datalekken (art. 33 lid 5 AVG)</translation>
    </message>
    <message>
        <source>Every personal data breach the organisation became aware of in the period, notified or not: the facts, the effects and the remedial action, so that the supervisory authority can verify compliance with Article 33. Each breach follows on a page of its own.</source>
        <translation>Elk datalek waarvan de organisatie in de periode kennis kreeg, gemeld of niet: de feiten, de gevolgen en de genomen corrigerende maatregelen, zodat de toezichthouder kan nagaan of aan artikel 33 AVG is voldaan. Elk datalek volgt op een eigen pagina.</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Datalekken</translation>
    </message>
    <message>
        <source>Notified to the supervisory authority</source>
        <translation>Gemeld aan de toezichthouder</translation>
    </message>
    <message>
        <source>Of those, within 72 hours of awareness</source>
        <translation>Daarvan binnen 72 uur na kennisname</translation>
    </message>
    <message>
        <source>Not notified (no risk, Art. 33(1))</source>
        <translation>Niet gemeld (geen risico, art. 33 lid 1 AVG)</translation>
    </message>
    <message>
        <source>Notification not yet decided</source>
        <translation>Nog niet besloten over melden</translation>
    </message>
    <message>
        <source>Data subjects informed (Art. 34)</source>
        <translation>Betrokkenen geïnformeerd (art. 34 AVG)</translation>
    </message>
    <message>
        <source>The register records no breaches in this period.</source>
        <translation>Het register bevat geen datalekken in deze periode.</translation>
    </message>
    <message>
        <source>The breaches</source>
        <translation>De datalekken</translation>
    </message>
    <message>
        <source>Breaches not notified, and why</source>
        <translation>Niet gemelde datalekken en waarom</translation>
    </message>
    <message>
        <source>Every breach decided on was notified.</source>
        <translation>Elk datalek waarover is besloten, is gemeld.</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Each transfer of personal data to a country outside the European Economic Area, with the safeguard it rests on (Chapter V).</source>
        <translation>Elke doorgifte van persoonsgegevens naar een land buiten de Europese Economische Ruimte, met de waarborg waarop zij berust (hoofdstuk V AVG).</translation>
    </message>
    <message>
        <source>The technical and organisational measures the processing activities rely on.</source>
        <translation>De technische en organisatorische maatregelen waarop de verwerkingsactiviteiten steunen.</translation>
    </message>
    <message>
        <source>The period ends before it begins: %1 to %2.</source>
        <translation>De periode eindigt voordat zij begint: %1 tot %2.</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>de organisatie</translation>
    </message>
    <message>
        <source>Sub-processors (Art. 28(2) and (4))</source>
        <translation>Subverwerkers (art. 28 lid 2 en 4 AVG)</translation>
    </message>
    <message>
        <source>The register holds no sub-processing agreements.</source>
        <translation>Het register bevat geen subverwerkersovereenkomsten.</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Keten</translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation>Subverwerker</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>In figures</source>
        <translation>In cijfers</translation>
    </message>
    <message>
        <source>To be notified: overdue</source>
        <translation>Nog te melden: te laat</translation>
    </message>
    <message>
        <source>To be notified</source>
        <translation>Nog te melden</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Nog niet besloten</translation>
    </message>
    <message>
        <source>Of those, past the 72 hours (reasons for the delay, Art. 33(1))</source>
        <translation>Daarvan na de 72 uur (redenen voor de vertraging, art. 33 lid 1 AVG)</translation>
    </message>
    <message>
        <source>Privacy statement (Arts. 13, 14, 21)</source>
        <translation>Privacyverklaring (art. 13, 14 en 21 AVG)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audience of a privacy statement: use %2.</source>
        <translation>&quot;%1&quot; is geen doelgroep van een privacyverklaring: gebruik %2.</translation>
    </message>
    <message>
        <source>Draft, not published</source>
        <translation>Concept, niet gepubliceerd</translation>
    </message>
    <message>
        <source>Written %1 · register state %2</source>
        <translation>Geschreven %1 · registerstand %2</translation>
    </message>
    <message>
        <source>The privacy statement has no version %1.</source>
        <translation>De privacyverklaring heeft geen versie %1.</translation>
    </message>
    <message>
        <source>No privacy statement in use covers these audiences.</source>
        <translation>Geen privacyverklaring in gebruik dekt deze doelgroepen.</translation>
    </message>
    <message>
        <source>Version %1 was not published in this language.</source>
        <translation>Versie %1 is niet in deze taal gepubliceerd.</translation>
    </message>
    <message>
        <source>The statement is not published in this language: this is a draft.</source>
        <translation>De verklaring is niet in deze taal gepubliceerd: dit is een concept.</translation>
    </message>
    <message>
        <source>The statement has not been published yet: this is a draft of its first version.</source>
        <translation>De verklaring is nog niet gepubliceerd: dit is een concept van de eerste versie.</translation>
    </message>
    <message>
        <source>The register or the statement has changed since version %1 was published: this is a draft of the next version.</source>
        <translation>Het register of de verklaring is veranderd sinds versie %1 is gepubliceerd: dit is een concept van de volgende versie.</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>Bewijs voor</translation>
    </message>
    <message>
        <source>No activity version established yet.</source>
        <translation>Nog geen versie vastgesteld.</translation>
    </message>
    <message>
        <source>Established activity version %1 of %2.</source>
        <translation>Vastgestelde versie %1 van %2.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Activity version</source>
        <translation>Vastgestelde versie</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Doorgifte buiten de EER</translation>
    </message>
    <message>
        <source>Retention per category</source>
        <translation>Bewaartermijn per categorie</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Processing as a processor</source>
        <translation>Verwerkingen als verwerker</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Normenkader</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>What it asks</source>
        <translation>Wat de norm vraagt</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Verantwoording</translation>
    </message>
    <message>
        <source>Register of processing activities for the Autoriteit Persoonsgegevens</source>
        <translation>Verwerkingsregister voor de Autoriteit Persoonsgegevens</translation>
    </message>
    <message>
        <source>The processing activities in use</source>
        <translation>De verwerkingsactiviteiten in gebruik</translation>
    </message>
    <message>
        <source>The processing activities in use, each on its own page with what Article 30(1) asks.</source>
        <translation>De verwerkingsactiviteiten in gebruik, elk op een eigen pagina met wat artikel 30 lid 1 vraagt.</translation>
    </message>
    <message>
        <source>The register holds no processing activities in use.</source>
        <translation>Het register bevat geen verwerkingsactiviteiten in gebruik.</translation>
    </message>
    <message>
        <source>The controls this register is evidence for. The register state and the moment on every page name the state of the register it was made from.</source>
        <translation>De normen waarvoor dit register bewijs is. De registerstand en het moment op elke pagina noemen de stand van het register waaruit het is gemaakt.</translation>
    </message>
    <message>
        <source>There is no breach %1.</source>
        <translation>Er is geen datalek %1.</translation>
    </message>
    <message>
        <source>Choose the breach the answers are for.</source>
        <translation>Kies het datalek waarvoor de antwoorden zijn.</translation>
    </message>
    <message>
        <source>The register kept changing while the answers were made. Try again.</source>
        <translation>Het register bleef veranderen terwijl de antwoorden werden gemaakt. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Breach notification to the AP: the answers</source>
        <translation>Melding van een datalek aan de AP: de antwoorden</translation>
    </message>
    <message>
        <source>The answers for the notification form of the Autoriteit Persoonsgegevens (Meldformulier datalekken), section by section in the form&apos;s order, to copy into the form, which takes no upload. A question the register holds no answer to says that it is not recorded.</source>
        <translation>De antwoorden voor het Meldformulier datalekken van de Autoriteit Persoonsgegevens, sectie voor sectie in de volgorde van het formulier, om over te nemen in het formulier, dat geen upload aanneemt. Bij een vraag waarop het register geen antwoord heeft, staat dat dit niet is vastgelegd.</translation>
    </message>
    <message>
        <source>This report is not made as a spreadsheet.</source>
        <translation>Dit rapport wordt niet als werkmap gemaakt.</translation>
    </message>
    <message>
        <source>On behalf of (Art. 30(2)(a), (b))</source>
        <translation>Namens (art. 30 lid 2 onder a en b AVG)</translation>
    </message>
    <message>
        <source>Transfers to third countries (Art. 30(2)(c))</source>
        <translation>Doorgiften naar derde landen (art. 30 lid 2 onder c AVG)</translation>
    </message>
    <message>
        <source>Security measures (Art. 30(2)(d))</source>
        <translation>Beveiligingsmaatregelen (art. 30 lid 2 onder d AVG)</translation>
    </message>
    <message>
        <source>The record above has changed since; the changes are not established yet.</source>
        <translation>De gegevens hierboven zijn sindsdien gewijzigd; de wijzigingen zijn nog niet vastgesteld.</translation>
    </message>
    <message>
        <source>The records of processing activities made available to the supervisory authority on request (Art. 30(4) GDPR): for each processing activity in use what Article 30(1) asks, with its lawful basis, the retention schedule, and the processing done as a processor (Art. 30(2)). Retired activities, the DPO&apos;s notes and internal details are left out.</source>
        <translation>Het register van verwerkingsactiviteiten zoals het op verzoek ter beschikking wordt gesteld van de toezichthoudende autoriteit (art. 30 lid 4 AVG): voor elke verwerkingsactiviteit in gebruik wat artikel 30 lid 1 vraagt, met de grondslag, de bewaartermijnen en de verwerkingen als verwerker (art. 30 lid 2). Beëindigde activiteiten, de opmerkingen van de FG en interne gegevens zijn weggelaten.</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Volgende herziening</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <source>Log retention</source>
        <translation>Bewaartermijn logging</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <source>%1 (past)</source>
        <translation>%1 (verstreken)</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>sindsdien gewijzigd</translation>
    </message>
    <message>
        <source>Processing activities in use</source>
        <translation>Verwerkingsactiviteiten in gebruik</translation>
    </message>
    <message>
        <source>With every detail Art. 30 asks (no error found)</source>
        <translation>Met alles wat art. 30 vraagt (geen fout gevonden)</translation>
    </message>
    <message>
        <source>With an owner</source>
        <translation>Met een eigenaar</translation>
    </message>
    <message>
        <source>Past their review date</source>
        <translation>Herzieningsdatum verstreken</translation>
    </message>
    <message>
        <source>With an established activity version</source>
        <translation>Met een vastgestelde versie</translation>
    </message>
    <message>
        <source>Changed since their latest activity version</source>
        <translation>Gewijzigd sinds de laatste vastgestelde versie</translation>
    </message>
    <message>
        <source>A DPIA required and not completed</source>
        <translation>DPIA verplicht en niet afgerond</translation>
    </message>
    <message>
        <source>Completeness and currency</source>
        <translation>Volledigheid en actualiteit</translation>
    </message>
    <message>
        <source>How complete and current the register is today: for each processing activity in use its owner, when it last changed and is next reviewed, its latest established version and the URI its log lines name, whether a DPIA is required and done, how long its logs are kept, and the errors the completeness check finds in it.</source>
        <translation>Hoe volledig en actueel het register vandaag is: voor elke verwerkingsactiviteit in gebruik de eigenaar, wanneer zij laatst is gewijzigd en weer wordt herzien, de laatste vastgestelde versie en de URI die haar logregels noemen, of een DPIA verplicht en uitgevoerd is, hoe lang haar logging wordt bewaard, en de fouten die de volledigheidscontrole in haar vindt.</translation>
    </message>
    <message>
        <source>Evidenced in</source>
        <translation>Aangetoond in</translation>
    </message>
    <message>
        <source>Each control this dossier is evidence for, with the parts that evidence it. The organisation&apos;s own controls are those it entered; the BIO2 numbers are those of the MinBZK GitHub text of 23 March 2026, without formal status.</source>
        <translation>Elke norm waarvoor dit dossier bewijs is, met de delen die haar aantonen. De eigen normen van de organisatie zijn die zij zelf heeft opgegeven; de BIO2-nummers zijn die van de GitHub-tekst van MinBZK van 23 maart 2026, zonder formele status.</translation>
    </message>
    <message>
        <source>Audit dossier</source>
        <translation>Auditdossier</translation>
    </message>
    <message>
        <source>The register; logs and changes: %1</source>
        <translation>Het register; logboeken en wijzigingen: %1</translation>
    </message>
    <message>
        <source>What an auditor asks of the register of processing activities, in one document: the controls it is evidence for and where, how complete and current the register is, the register itself, the request and breach logs and the changes of the period, and what the completeness check finds today.</source>
        <translation>Wat een auditor van het register van verwerkingsactiviteiten vraagt, in één document: de normen waarvoor het bewijs is en waar, hoe volledig en actueel het register is, het register zelf, de logboeken van verzoeken en datalekken en de wijzigingen in de periode, en wat de volledigheidscontrole vandaag vindt.</translation>
    </message>
    <message>
        <source>The register changed while the dossier was made. Make it again.</source>
        <translation>Het register veranderde terwijl het dossier werd gemaakt. Maak het opnieuw.</translation>
    </message>
    <message>
        <source>The register changed while the report was made. Make it again.</source>
        <translation>Het register veranderde terwijl het rapport werd gemaakt. Maak het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Custodian::Security::PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Zeer zwak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Zeer sterk</translation>
    </message>
    <message>
        <source>Contains a common word or name.</source>
        <translation>Bevat een veelgebruikt woord of een veelvoorkomende naam.</translation>
    </message>
    <message>
        <source>Contains the organisation&apos;s name or the file name.</source>
        <translation>Bevat de naam van de organisatie of de bestandsnaam.</translation>
    </message>
    <message>
        <source>Look-alike swaps such as 0 for o are well known to guessers.</source>
        <translation>Verwisselingen die op elkaar lijken, zoals 0 voor o, kennen raders al lang.</translation>
    </message>
    <message>
        <source>Repeated characters or parts.</source>
        <translation>Herhaalde tekens of delen.</translation>
    </message>
    <message>
        <source>A sequence such as abc or 123.</source>
        <translation>Een reeks zoals abc of 123.</translation>
    </message>
    <message>
        <source>A keyboard pattern such as qwerty.</source>
        <translation>Een toetsenbordpatroon zoals qwerty.</translation>
    </message>
    <message>
        <source>Contains a year or a date.</source>
        <translation>Bevat een jaartal of een datum.</translation>
    </message>
</context>
<context>
    <name>Custodian::Statement</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>the supervisory authority</source>
        <translation>de toezichthoudende autoriteit</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformulier</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Who we are</source>
        <translation>Wie wij zijn</translation>
    </message>
    <message>
        <source>%1 is the controller of the processing described in this statement: we decide why and how your personal data is used.</source>
        <translation>%1 is verwerkingsverantwoordelijke voor de verwerkingen in deze verklaring: wij bepalen waarom en hoe uw persoonsgegevens worden gebruikt.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Chamber of Commerce (KvK) number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registratienummer</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Our representative in the European Union is %1: %2.</source>
        <translation>Onze vertegenwoordiger in de Europese Unie is %1: %2.</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Functionaris gegevensbescherming</translation>
    </message>
    <message>
        <source>We have appointed a data protection officer, who supervises how we apply the GDPR. You can contact the data protection officer about anything that concerns your personal data.</source>
        <translation>Wij hebben een functionaris gegevensbescherming (FG) aangesteld, die toeziet op hoe wij de AVG toepassen. U kunt de FG benaderen over alles wat uw persoonsgegevens betreft.</translation>
    </message>
    <message>
        <source>Our data protection officer is %1.</source>
        <translation>Onze functionaris gegevensbescherming is %1.</translation>
    </message>
    <message>
        <source>Your consent (Art. 6(1)(a) GDPR).</source>
        <translation>Uw toestemming (art. 6 lid 1 onder a AVG).</translation>
    </message>
    <message>
        <source>You can withdraw your consent at any time: %1.</source>
        <translation>U kunt uw toestemming altijd intrekken: %1.</translation>
    </message>
    <message>
        <source>The performance of a contract with you, or steps you asked for before entering into one (Art. 6(1)(b) GDPR).</source>
        <translation>De uitvoering van een overeenkomst met u, of stappen die u vroeg voordat u die aangaat (art. 6 lid 1 onder b AVG).</translation>
    </message>
    <message>
        <source>A legal obligation that rests on us (Art. 6(1)(c) GDPR).</source>
        <translation>Een wettelijke verplichting die op ons rust (art. 6 lid 1 onder c AVG).</translation>
    </message>
    <message>
        <source>A legal obligation that rests on us (Art. 6(1)(c) GDPR): %1.</source>
        <translation>Een wettelijke verplichting die op ons rust (art. 6 lid 1 onder c AVG): %1.</translation>
    </message>
    <message>
        <source>The protection of your vital interests or those of another person (Art. 6(1)(d) GDPR).</source>
        <translation>De bescherming van uw vitale belangen of die van een ander (art. 6 lid 1 onder d AVG).</translation>
    </message>
    <message>
        <source>A task carried out in the public interest or in the exercise of official authority (Art. 6(1)(e) GDPR).</source>
        <translation>Een taak van algemeen belang of de uitoefening van openbaar gezag (art. 6 lid 1 onder e AVG).</translation>
    </message>
    <message>
        <source>A task carried out in the public interest or in the exercise of official authority (Art. 6(1)(e) GDPR): %1.</source>
        <translation>Een taak van algemeen belang of de uitoefening van openbaar gezag (art. 6 lid 1 onder e AVG): %1.</translation>
    </message>
    <message>
        <source>Our legitimate interests (Art. 6(1)(f) GDPR).</source>
        <translation>Ons gerechtvaardigd belang (art. 6 lid 1 onder f AVG).</translation>
    </message>
    <message>
        <source>Our legitimate interests (Art. 6(1)(f) GDPR): %1.</source>
        <translation>Ons gerechtvaardigd belang (art. 6 lid 1 onder f AVG): %1.</translation>
    </message>
    <message>
        <source>The law requires you to provide this data.</source>
        <translation>De wet verplicht u deze gegevens te verstrekken.</translation>
    </message>
    <message>
        <source>Our contract with you requires you to provide this data.</source>
        <translation>Onze overeenkomst met u verplicht u deze gegevens te verstrekken.</translation>
    </message>
    <message>
        <source>We need this data to enter into a contract with you.</source>
        <translation>Wij hebben deze gegevens nodig om een overeenkomst met u te sluiten.</translation>
    </message>
    <message>
        <source>Providing this data is up to you.</source>
        <translation>Of u deze gegevens verstrekt, bepaalt u zelf.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>Van wie</translation>
    </message>
    <message>
        <source>%1 (a special category of personal data: %2)</source>
        <translation>%1 (een bijzondere categorie van persoonsgegevens: %2)</translation>
    </message>
    <message>
        <source>data about criminal convictions and offences</source>
        <translation>strafrechtelijke persoonsgegevens</translation>
    </message>
    <message>
        <source>your citizen service number (BSN)</source>
        <translation>uw burgerservicenummer (BSN)</translation>
    </message>
    <message>
        <source>your citizen service number (BSN), which the law allows us to use: %1</source>
        <translation>uw burgerservicenummer (BSN), dat wij volgens de wet mogen gebruiken: %1</translation>
    </message>
    <message>
        <source>Which data</source>
        <translation>Welke gegevens</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Which basis covers what</source>
        <translation>Welke grondslag waarvoor geldt</translation>
    </message>
    <message>
        <source>Partly from publicly accessible sources.</source>
        <translation>Deels uit openbare bronnen.</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>Herkomst van de gegevens</translation>
    </message>
    <message>
        <source>Must you provide it?</source>
        <translation>Moet u de gegevens verstrekken?</translation>
    </message>
    <message>
        <source>We take decisions about you based solely on automated processing.</source>
        <translation>Wij nemen besluiten over u die uitsluitend op geautomatiseerde verwerking berusten.</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Geautomatiseerde besluiten</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <source>We use profiling, but take no decisions about you based solely on it.</source>
        <translation>Wij gebruiken profilering, maar nemen daarmee geen besluiten over u zonder menselijke tussenkomst.</translation>
    </message>
    <message>
        <source>Contact point: %1.</source>
        <translation>Contactpunt: %1.</translation>
    </message>
    <message>
        <source>Together with</source>
        <translation>Samen met</translation>
    </message>
    <message>
        <source>How long we keep it</source>
        <translation>Hoe lang wij de gegevens bewaren</translation>
    </message>
    <message>
        <source>What we use your data for</source>
        <translation>Waarvoor wij uw gegevens gebruiken</translation>
    </message>
    <message>
        <source>For each purpose: whose data we use, which data, on what lawful basis, where it comes from and how long we keep it.</source>
        <translation>Per doel: van wie wij gegevens gebruiken, welke gegevens, op welke grondslag, waar ze vandaan komen en hoe lang wij ze bewaren.</translation>
    </message>
    <message>
        <source>Processing on behalf of our customers</source>
        <translation>Verwerking in opdracht van onze klanten</translation>
    </message>
    <message>
        <source>Who receives your data</source>
        <translation>Wie uw gegevens ontvangen</translation>
    </message>
    <message>
        <source>(processor)</source>
        <translation>(verwerker)</translation>
    </message>
    <message>
        <source>(where the law obliges us)</source>
        <translation>(waar de wet ons daartoe verplicht)</translation>
    </message>
    <message>
        <source>We do not share your personal data with others.</source>
        <translation>Wij delen uw persoonsgegevens met niemand.</translation>
    </message>
    <message>
        <source>We share your personal data with these recipients:</source>
        <translation>Wij delen uw persoonsgegevens met deze ontvangers:</translation>
    </message>
    <message>
        <source>We share your personal data with these categories of recipients:</source>
        <translation>Wij delen uw persoonsgegevens met deze categorieën van ontvangers:</translation>
    </message>
    <message>
        <source>A processor processes your data only on our behalf and on our instructions, under a processing agreement with us (Art. 28 GDPR).</source>
        <translation>Een verwerker verwerkt uw gegevens alleen in onze opdracht en volgens onze instructies, onder een verwerkersovereenkomst met ons (art. 28 AVG).</translation>
    </message>
    <message>
        <source>The European Commission has decided that this country protects personal data adequately.</source>
        <translation>De Europese Commissie heeft besloten dat dit land persoonsgegevens passend beschermt.</translation>
    </message>
    <message>
        <source>The recipient is certified under the EU-U.S. Data Privacy Framework, which the European Commission has found adequate.</source>
        <translation>De ontvanger is gecertificeerd onder het EU-VS Data Privacy Framework, dat de Europese Commissie passend heeft bevonden.</translation>
    </message>
    <message>
        <source>We agreed the European Commission&apos;s standard contractual clauses with the recipient.</source>
        <translation>Wij zijn met de ontvanger de standaardcontractbepalingen van de Europese Commissie overeengekomen.</translation>
    </message>
    <message>
        <source>The recipient&apos;s binding corporate rules, approved by a supervisory authority, apply.</source>
        <translation>De bindende bedrijfsvoorschriften van de ontvanger, goedgekeurd door een toezichthoudende autoriteit, zijn van toepassing.</translation>
    </message>
    <message>
        <source>An exception of Art. 49 GDPR applies: %1.</source>
        <translation>Er geldt een uitzondering van art. 49 AVG: %1.</translation>
    </message>
    <message>
        <source>Appropriate safeguards apply: %1.</source>
        <translation>Er gelden passende waarborgen: %1.</translation>
    </message>
    <message>
        <source>Transfers outside the European Economic Area</source>
        <translation>Doorgifte buiten de Europese Economische Ruimte</translation>
    </message>
    <message>
        <source>Copy of the safeguards: %1.</source>
        <translation>Kopie van de waarborgen: %1.</translation>
    </message>
    <message>
        <source>We do not transfer your personal data to countries outside the European Economic Area.</source>
        <translation>Wij geven uw persoonsgegevens niet door aan landen buiten de Europese Economische Ruimte.</translation>
    </message>
    <message>
        <source>How we protect your data</source>
        <translation>Hoe wij uw gegevens beveiligen</translation>
    </message>
    <message>
        <source>We take appropriate technical and organisational measures to protect your personal data against loss and unlawful use.</source>
        <translation>Wij nemen passende technische en organisatorische maatregelen om uw persoonsgegevens te beschermen tegen verlies en onrechtmatig gebruik.</translation>
    </message>
    <message>
        <source>Access (Art. 15 GDPR): you may ask whether we process your personal data, and receive a copy of it with an explanation of how we use it.</source>
        <translation>Inzage (art. 15 AVG): u mag vragen of wij uw persoonsgegevens verwerken, en een kopie ervan krijgen met uitleg over hoe wij ze gebruiken.</translation>
    </message>
    <message>
        <source>Rectification (Art. 16 GDPR): you may have incorrect data corrected and incomplete data completed.</source>
        <translation>Rectificatie (art. 16 AVG): u mag onjuiste gegevens laten verbeteren en onvolledige gegevens laten aanvullen.</translation>
    </message>
    <message>
        <source>Erasure (Art. 17 GDPR): you may have your data erased, for example when we no longer need it, unless the law requires us to keep it.</source>
        <translation>Gegevenswissing (art. 17 AVG): u mag uw gegevens laten wissen, bijvoorbeeld als wij ze niet meer nodig hebben, tenzij de wet ons verplicht ze te bewaren.</translation>
    </message>
    <message>
        <source>Restriction (Art. 18 GDPR): you may have the use of your data restricted, for example while we check whether it is correct.</source>
        <translation>Beperking van de verwerking (art. 18 AVG): u mag het gebruik van uw gegevens laten beperken, bijvoorbeeld terwijl wij nagaan of ze juist zijn.</translation>
    </message>
    <message>
        <source>Data portability (Art. 20 GDPR): you may receive the data you provided to us in a structured, commonly used and machine-readable format, or have it sent to another organisation.</source>
        <translation>Overdraagbaarheid van gegevens (art. 20 AVG): u mag de gegevens die u ons gaf in een gestructureerde, gangbare en machineleesbare vorm krijgen, of ze aan een andere organisatie laten doorsturen.</translation>
    </message>
    <message>
        <source>Objection to direct marketing (Art. 21(2) GDPR): you may object at any time, and we then stop using your data for direct marketing.</source>
        <translation>Bezwaar tegen direct marketing (art. 21 lid 2 AVG): u mag altijd bezwaar maken, en wij gebruiken uw gegevens dan niet langer voor direct marketing.</translation>
    </message>
    <message>
        <source>Withdrawal of consent (Art. 7(3) GDPR): you may withdraw your consent at any time; this does not affect what we did with your consent before.</source>
        <translation>Intrekken van toestemming (art. 7 lid 3 AVG): u mag uw toestemming altijd intrekken; dat doet niets af aan wat wij eerder met uw toestemming deden.</translation>
    </message>
    <message>
        <source>Automated decisions (Art. 22 GDPR): you may ask for a person to review a decision, express your point of view and contest the decision.</source>
        <translation>Geautomatiseerde besluiten (art. 22 AVG): u mag vragen dat een mens het besluit beoordeelt, uw standpunt geven en het besluit aanvechten.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Uw rechten</translation>
    </message>
    <message>
        <source>The GDPR gives you these rights over your personal data:</source>
        <translation>De AVG geeft u deze rechten over uw persoonsgegevens:</translation>
    </message>
    <message>
        <source>This right applies to: %1.</source>
        <translation>Dit recht geldt voor: %1.</translation>
    </message>
    <message>
        <source>How to exercise your rights</source>
        <translation>Hoe u uw rechten uitoefent</translation>
    </message>
    <message>
        <source>Send your request or question to us; saying which right you want to use helps us answer quickly.</source>
        <translation>Stuur uw verzoek of vraag naar ons; als u zegt welk recht u wilt gebruiken, kunnen wij sneller antwoorden.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>We answer within one month of receiving your request. When a request is complex, or we receive many, we may take two more months; we then tell you so within the first month, with the reasons (Art. 12(3) GDPR).</source>
        <translation>Wij antwoorden binnen een maand na ontvangst van uw verzoek. Is een verzoek ingewikkeld of krijgen wij er veel, dan mogen wij er twee maanden langer over doen; dat laten wij u dan binnen de eerste maand weten, met de redenen (art. 12 lid 3 AVG).</translation>
    </message>
    <message>
        <source>Exercising your rights is free of charge.</source>
        <translation>Het uitoefenen van uw rechten is kosteloos.</translation>
    </message>
    <message>
        <source>We ask you to prove who you are only when we have reasonable doubts about it, and we never ask for a copy of your identity document by default.</source>
        <translation>Wij vragen u alleen aan te tonen wie u bent als wij daar gegronde twijfel over hebben, en wij vragen nooit standaard om een kopie van uw identiteitsbewijs.</translation>
    </message>
    <message>
        <source>Our decision on your request is a decision under the General Administrative Law Act (Awb): you can lodge an objection against it with us within six weeks.</source>
        <translation>Ons besluit op uw verzoek is een besluit in de zin van de Algemene wet bestuursrecht (Awb): u kunt er binnen zes weken bezwaar tegen maken bij ons.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
    <message>
        <source>Changes to this statement</source>
        <translation>Wijzigingen in deze verklaring</translation>
    </message>
    <message>
        <source>We update this statement when our processing changes. This text was written from our register of processing activities on %1.</source>
        <translation>Wij passen deze verklaring aan als onze verwerkingen veranderen. Deze tekst is op %1 geschreven uit ons register van verwerkingsactiviteiten.</translation>
    </message>
    <message>
        <source>%1: no purpose in words for the public; the statement gives the purpose as recorded.</source>
        <translation>%1: geen doel in woorden voor het publiek; de verklaring geeft het doel zoals vastgelegd.</translation>
    </message>
    <message>
        <source>%1: the legal provision of basis (c) or (e) is not recorded.</source>
        <translation>%1: het wettelijk voorschrift bij grondslag c of e is niet vastgelegd.</translation>
    </message>
    <message>
        <source>%1: the legitimate interests of basis (f) are not recorded.</source>
        <translation>%1: het gerechtvaardigd belang bij grondslag f is niet vastgelegd.</translation>
    </message>
    <message>
        <source>%1: how consent is withdrawn is not recorded.</source>
        <translation>%1: hoe toestemming wordt ingetrokken, is niet vastgelegd.</translation>
    </message>
    <message>
        <source>%1: whether people must provide the data is not recorded (Art. 13(2)(e)).</source>
        <translation>%1: of mensen de gegevens moeten verstrekken, is niet vastgelegd (art. 13 lid 2 onder e AVG).</translation>
    </message>
    <message>
        <source>%1: the data &quot;%2&quot; has no retention period.</source>
        <translation>%1: de gegevens &quot;%2&quot; hebben geen bewaartermijn.</translation>
    </message>
    <message>
        <source>%1: the transfer to %2 does not say what it rests on.</source>
        <translation>%1: bij de doorgifte naar %2 staat niet waarop die berust.</translation>
    </message>
    <message>
        <source>%1: the transfer to %2 does not say how to obtain a copy of the safeguards (Art. 13(1)(f)).</source>
        <translation>%1: bij de doorgifte naar %2 staat niet hoe iemand een kopie van de waarborgen krijgt (art. 13 lid 1 onder f AVG).</translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>How %1 handles your personal data, and what your rights are.</source>
        <translation>Hoe %1 met uw persoonsgegevens omgaat, en welke rechten u hebt.</translation>
    </message>
    <message>
        <source>This statement is for: %1.</source>
        <translation>Deze verklaring is voor: %1.</translation>
    </message>
    <message>
        <source>%1 also trades as %2.</source>
        <translation>%1 handelt ook onder de naam %2.</translation>
    </message>
    <message>
        <source>No processing activity is published for these audiences: mark the activities for the statement on their Statement page, and approve them.</source>
        <translation>Voor deze doelgroepen is geen verwerking gepubliceerd: kies de verwerkingen voor de verklaring op hun pagina Verklaring, en stel ze vast.</translation>
    </message>
    <message>
        <source>Draft: the register does not say this yet. Complete the register before you publish the statement.</source>
        <translation>Concept: dit staat nog niet in het register. Vul het register aan voordat u de verklaring publiceert.</translation>
    </message>
    <message>
        <source>The register&apos;s texts are written in another language (%1): this statement quotes them untranslated.</source>
        <translation>De teksten van het register zijn in een andere taal geschreven (%1): deze verklaring neemt ze onvertaald over.</translation>
    </message>
    <message>
        <source>the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)</source>
        <translation>de Autoriteit Persoonsgegevens</translation>
    </message>
    <message>
        <source>If you are not satisfied with how we handle your personal data, please tell us first. You also have the right to lodge a complaint with %1 (Art. 77 GDPR).</source>
        <translation>Bent u niet tevreden over hoe wij met uw persoonsgegevens omgaan, laat het ons dan eerst weten. U hebt ook het recht een klacht in te dienen bij %1 (art. 77 AVG).</translation>
    </message>
    <message>
        <source>Its website: %1.</source>
        <translation>Website: %1.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Deleted when you close the browser.</source>
        <translation>Verdwijnt als u de browser sluit.</translation>
    </message>
    <message>
        <source>Lifetime: %1.</source>
        <translation>Levensduur: %1.</translation>
    </message>
    <message>
        <source>Only with your consent.</source>
        <translation>Alleen met uw toestemming.</translation>
    </message>
    <message>
        <source>Needs no consent.</source>
        <translation>Hiervoor is geen toestemming nodig.</translation>
    </message>
    <message>
        <source>Its data goes to %1.</source>
        <translation>De gegevens gaan naar %1.</translation>
    </message>
    <message>
        <source>Cookies and similar techniques</source>
        <translation>Cookies en vergelijkbare technieken</translation>
    </message>
    <message>
        <source>We place cookies and use similar techniques on your device. Those that are strictly necessary, and analytics with little impact on your privacy, need no consent; we place the others only after you consent.</source>
        <translation>Wij plaatsen cookies en gebruiken vergelijkbare technieken op uw apparaat. Cookies die strikt noodzakelijk zijn, en analytische cookies met weinig gevolgen voor uw privacy, vragen geen toestemming; de andere plaatsen wij pas als u toestemming geeft.</translation>
    </message>
    <message>
        <source>The cookie %1 needs consent, but its activity %2 does not rest on consent.</source>
        <translation>Het cookie %1 vereist toestemming, maar de verwerking %2 berust niet op toestemming.</translation>
    </message>
    <message>
        <source>Our representative in the European Union is %1.</source>
        <translation>Onze vertegenwoordiger in de Europese Unie is %1.</translation>
    </message>
    <message>
        <source>Some of your personal data goes to countries outside the European Economic Area, whose laws may protect it less well. It is protected as follows:</source>
        <translation>Een deel van uw persoonsgegevens gaat naar landen buiten de Europese Economische Ruimte, waarvan de wetten ze mogelijk minder goed beschermen. Zo worden ze beschermd:</translation>
    </message>
    <message>
        <source>If a breach of security nevertheless affects your personal data, we notify %1 without undue delay and where feasible within 72 hours, unless it is unlikely to result in a risk to you; when the risk to you is high, we also inform you without undue delay.</source>
        <translation>Raakt een beveiligingsincident toch uw persoonsgegevens, dan melden wij dat zonder onredelijke vertraging en zo mogelijk binnen 72 uur aan %1, tenzij het waarschijnlijk geen risico voor u meebrengt; is het risico voor u hoog, dan informeren wij u ook onverwijld.</translation>
    </message>
    <message>
        <source>Objection (Art. 21(1) GDPR): you may object to our use of your data on grounds relating to your particular situation; we then stop unless we have compelling legitimate grounds that override your interests, or need the data for legal claims.</source>
        <translation>Bezwaar (art. 21 lid 1 AVG): u mag bezwaar maken tegen ons gebruik van uw gegevens om redenen die met uw specifieke situatie verband houden; wij stoppen dan, tenzij wij dwingende gerechtvaardigde gronden hebben die zwaarder wegen dan uw belangen, of de gegevens nodig hebben voor een rechtsvordering.</translation>
    </message>
    <message>
        <source>%1: a recipient has no description to name its category by.</source>
        <translation>%1: een ontvanger heeft geen omschrijving om de categorie mee te noemen.</translation>
    </message>
    <message>
        <source>%1 is marked for the privacy statement, but for no audience: it is left out.</source>
        <translation>%1 is gekozen voor de privacyverklaring, maar voor geen enkele doelgroep: de verwerking blijft erbuiten.</translation>
    </message>
    <message>
        <source>The cookie %1 serves no processing activity: it is left out.</source>
        <translation>Het cookie %1 dient geen verwerkingsactiviteit: het blijft erbuiten.</translation>
    </message>
    <message>
        <source>We update this statement when our processing changes. This is version %1, effective from %2.</source>
        <translation>Wij passen deze verklaring aan als onze verwerkingen veranderen. Dit is versie %1, geldig vanaf %2.</translation>
    </message>
    <message>
        <source>What changed in this version: %1</source>
        <translation>Wat er in deze versie veranderde: %1</translation>
    </message>
    <message>
        <source>You always find the current version at %1.</source>
        <translation>De actuele versie vindt u altijd op %1.</translation>
    </message>
    <message>
        <source>Version %1, effective from %2</source>
        <translation>Versie %1, geldig vanaf %2</translation>
    </message>
    <message>
        <source>Earlier versions, which we send you on request:</source>
        <translation>Eerdere versies, die wij u op verzoek sturen:</translation>
    </message>
    <message>
        <source>Version %1, effective from %2.</source>
        <translation>Versie %1, geldig vanaf %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the register&apos;s texts, written in %1, have no translation in the statement yet, such as &quot;%2&quot;.</source>
        <translation>
            <numerusform>%n tekst van het register, geschreven in het %1, heeft nog geen vertaling in de verklaring: &quot;%2&quot;.</numerusform>
            <numerusform>%n teksten van het register, geschreven in het %1, hebben nog geen vertaling in de verklaring, zoals &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 · effective from %2</source>
        <translation>Versie %1 · geldig vanaf %2</translation>
    </message>
</context>
<context>
    <name>Custodian::Statement::Manifest</name>
    <message>
        <source>the title and introduction</source>
        <translation>de titel en de inleiding</translation>
    </message>
    <message>
        <source>the statement&apos;s own texts and translations</source>
        <translation>de eigen teksten en vertalingen van de verklaring</translation>
    </message>
</context>
<context>
    <name>Custodian::Statement::Publisher</name>
    <message>
        <source>The register could not be read for the privacy statement.</source>
        <translation>Het register kon niet worden gelezen voor de privacyverklaring.</translation>
    </message>
    <message>
        <source>The privacy statement could not be found: it may have been deleted.</source>
        <translation>De privacyverklaring is niet gevonden: mogelijk is zij verwijderd.</translation>
    </message>
    <message>
        <source>The statement is retired: restore it before you publish a new version.</source>
        <translation>De verklaring is buiten gebruik: zet haar terug voordat u een nieuwe versie publiceert.</translation>
    </message>
    <message>
        <source>Enter the day the new version takes effect.</source>
        <translation>Vul de dag in waarop de nieuwe versie ingaat.</translation>
    </message>
    <message>
        <source>Version %1 takes effect on %2: the new version cannot take effect before it.</source>
        <translation>Versie %1 gaat in op %2: de nieuwe versie kan niet eerder ingaan.</translation>
    </message>
    <message>
        <source>The statement was not published: the register does not say everything it needs yet. Nothing was changed.</source>
        <translation>De verklaring is niet gepubliceerd: het register zegt nog niet alles wat zij nodig heeft. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Say what changed in %1 too.</source>
        <translation>Zeg ook in het %1 wat er veranderde.</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::CipherProfile</name>
    <message>
        <source>The encryption settings could not be applied.</source>
        <translation>De versleutelingsinstellingen konden niet worden toegepast.</translation>
    </message>
    <message>
        <source>Encryption is not available: this build of Custodian is not linked to SQLCipher.</source>
        <translation>Versleuteling is niet beschikbaar: deze build van Custodian is niet gekoppeld aan SQLCipher.</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::Database</name>
    <message>
        <source>The encrypted storage driver is not available.</source>
        <translation>Het stuurprogramma voor versleutelde opslag is niet beschikbaar.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>Het bestand %1 kan niet worden geopend.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name; Custodian does not overwrite files.</source>
        <translation>Het bestand %1 bestaat al. Kies een andere naam; Custodian overschrijft geen bestanden.</translation>
    </message>
    <message>
        <source>The register could not be created.</source>
        <translation>Het register kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that you have permission to open it.</source>
        <translation>Het bestand %1 kan niet worden gelezen. Controleer de toegangsrechten van het bestand.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Custodian register.</source>
        <translation>%1 is leeg: het is geen Custodian-register.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Custodian register.</source>
        <translation>%1 is een onversleutelde SQLite-database, geen Custodian-register.</translation>
    </message>
    <message>
        <source>%1 is not a Custodian register.</source>
        <translation>%1 is geen Custodian-register.</translation>
    </message>
    <message>
        <source>Enter the passphrase of this register.</source>
        <translation>Voer de wachtzin van dit register in.</translation>
    </message>
    <message>
        <source>The register %1 is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>Het register %1 is beschadigd en kan niet worden geopend. Zet het terug vanaf een back-up.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this register.</source>
        <translation>De wachtzin is onjuist voor dit register.</translation>
    </message>
    <message>
        <source>The encryption settings did not take effect (page size %1, %2 iterations).</source>
        <translation>De versleutelingsinstellingen zijn niet van kracht geworden (paginagrootte %1, %2 iteraties).</translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not a Custodian register.</source>
        <translation>%1 is een versleutelde database, maar geen Custodian-register.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Custodian (schema %2; this version reads up to %3). Install the newer version to open it; the file has not been changed.</source>
        <translation>%1 is geschreven door een nieuwere versie van Custodian (schema %2; deze versie leest tot en met %3). Installeer de nieuwere versie om het te openen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The register could not be prepared for use.</source>
        <translation>Het register kon niet gebruiksklaar worden gemaakt.</translation>
    </message>
    <message>
        <source>The register&apos;s identity could not be read.</source>
        <translation>De identiteit van het register kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Er is geen register geopend.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed.</source>
        <translation>De wachtzin kon niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Broken reference in table %1, row %2, to table %3.</source>
        <translation>Verbroken verwijzing in tabel %1, rij %2, naar tabel %3.</translation>
    </message>
    <message>
        <source>The cipher profile in use is not %1.</source>
        <translation>Het gebruikte versleutelingsprofiel is niet %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be created.</source>
        <translation>Het bestand %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written to, so the register can only be opened read-only.</source>
        <translation>In de map van %1 kan niet worden geschreven; het register kan daarom alleen alleen-lezen worden geopend.</translation>
    </message>
    <message>
        <source>The register %1 could not be locked for writing.</source>
        <translation>Het register %1 kon niet voor schrijven worden vergrendeld.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a register.</source>
        <translation>%1 is een map, geen register.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device or a pipe): it is not a register.</source>
        <translation>%1 is geen gewoon bestand (een apparaat of een pipe): het is geen register.</translation>
    </message>
    <message>
        <source>%1 is not a whole number of pages: it is a damaged register, or not a register at all (a compressed or foreign file). If it is your register, restore it from a backup.</source>
        <translation>%1 bestaat niet uit een geheel aantal pagina&apos;s: het is een beschadigd register, of helemaal geen register (een gecomprimeerd of ander bestand). Is het uw register, zet het dan terug vanaf een back-up.</translation>
    </message>
    <message>
        <source>The file %1 is read-only, so the register can only be opened read-only.</source>
        <translation>Het bestand %1 is alleen-lezen; het register kan daarom alleen alleen-lezen worden geopend.</translation>
    </message>
    <message>
        <source>The register %1 was interrupted during a save. Open it normally (for writing) to finish the recovery; do not move, copy or replace the file without its %2 file.</source>
        <translation>Het register %1 is tijdens het opslaan onderbroken. Open het gewoon (om te bewerken) om het herstel af te ronden; verplaats, kopieer of vervang het bestand niet zonder het bestand %2.</translation>
    </message>
    <message>
        <source>A save was interrupted when the register was last used (the program was stopped during it). It has been rolled back: the register is as it was after the last completed save.</source>
        <translation>Bij het vorige gebruik van het register is een opslag onderbroken (het programma werd tijdens het opslaan gestopt). Die opslag is teruggedraaid: het register is zoals het was na de laatste voltooide opslag.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this register, or the start of the file is damaged. If you are sure of the passphrase, open a backup.</source>
        <translation>De wachtzin is onjuist voor dit register, of het begin van het bestand is beschadigd. Weet u de wachtzin zeker, open dan een back-up.</translation>
    </message>
    <message>
        <source>Before upgrading the register, Custodian could not save a copy as %1; the register has not been changed.</source>
        <translation>Custodian kon voor het bijwerken van het register geen kopie opslaan als %1; het register is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The register was upgraded from schema %1 to schema %2.</source>
        <translation>Het register is bijgewerkt van schema %1 naar schema %2.</translation>
    </message>
    <message>
        <source>The register was upgraded from schema %1; the previous version was kept as %2. That copy still opens with the passphrase it had: delete it when you no longer need it.</source>
        <translation>Het register is bijgewerkt van schema %1; de vorige versie is bewaard als %2. Die kopie opent nog met de wachtzin die het toen had: verwijder haar als u haar niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>%1 was never completely created (the program was stopped while creating it). It holds no register: delete it and create the register again.</source>
        <translation>%1 is nooit volledig aangemaakt (het programma werd tijdens het aanmaken gestopt). Het bevat geen register: verwijder het en maak het register opnieuw.</translation>
    </message>
    <message>
        <source>This register is older than the one last opened on this computer: its history has %1 entries, but %2 were seen here. If you restored a backup on purpose, this is expected; otherwise the file was replaced by an older copy, and changes made since then are missing.</source>
        <translation>Dit register is ouder dan het register dat het laatst op deze computer is geopend: de historie heeft %1 regels, maar hier werden er %2 gezien. Hebt u bewust een back-up teruggezet, dan is dit te verwachten; anders is het bestand vervangen door een oudere kopie en ontbreken de wijzigingen van daarna.</translation>
    </message>
    <message>
        <source>The history of this register differs from the one last opened on this computer (from entry %1 on): the file was replaced by another copy, or its history was altered.</source>
        <translation>De historie van dit register wijkt af van die van het register dat het laatst op deze computer is geopend (vanaf regel %1): het bestand is vervangen door een andere kopie, of de historie is gewijzigd.</translation>
    </message>
    <message>
        <source>The register is open read-only: its passphrase can only be changed where it can be written.</source>
        <translation>Het register is alleen-lezen geopend: de wachtzin kan alleen worden gewijzigd waar het register kan worden beschreven.</translation>
    </message>
    <message>
        <source>The passphrase of %1 has not been changed.</source>
        <translation>De wachtzin van %1 is niet gewijzigd.</translation>
    </message>
    <message>
        <source>No new file can be written in the register&apos;s folder.</source>
        <translation>In de map van het register kan geen nieuw bestand worden geschreven.</translation>
    </message>
    <message>
        <source>Another program is using the register.</source>
        <translation>Een ander programma gebruikt het register.</translation>
    </message>
    <message>
        <source>Another program saved the register meanwhile; try again.</source>
        <translation>Een ander programma heeft het register intussen opgeslagen; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The passphrase of %1 has been changed, but the register could not be opened again: open it with the new passphrase.</source>
        <translation>De wachtzin van %1 is gewijzigd, maar het register kon niet opnieuw worden geopend: open het met de nieuwe wachtzin.</translation>
    </message>
    <message>
        <source>The history has no chain yet (schema %1): open the register for writing once to add it.</source>
        <translation>De historie heeft nog geen keten (schema %1): open het register één keer om te bewerken om die toe te voegen.</translation>
    </message>
    <message>
        <source>The history is not the one last seen on this computer (see the notice above).</source>
        <translation>De historie is niet die welke het laatst op deze computer is gezien (zie de melding hierboven).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… en nog %n probleem.</numerusform>
            <numerusform>… en nog %n problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register %1 cannot be created: the folder %2 does not exist and could not be made.</source>
        <translation>Het register %1 kan niet worden aangemaakt: de map %2 bestaat niet en kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The register %1 cannot be created: %2 is a file, not a folder.</source>
        <translation>Het register %1 kan niet worden aangemaakt: %2 is een bestand, geen map.</translation>
    </message>
    <message>
        <source>The register %1 cannot be created: you do not have permission to write in the folder %2.</source>
        <translation>Het register %1 kan niet worden aangemaakt: u hebt geen toestemming om in de map %2 te schrijven.</translation>
    </message>
    <message>
        <source>The register %1 cannot be created: the disk that holds %2 is full.</source>
        <translation>Het register %1 kan niet worden aangemaakt: de schijf met %2 is vol.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>De huidige wachtzin is niet juist. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The current passphrase could not be checked.</source>
        <translation>De huidige wachtzin kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>No copy of %1 was saved.</source>
        <translation>Er is geen kopie van %1 opgeslagen.</translation>
    </message>
    <message>
        <source>A copy cannot be saved over the register itself. Choose another name.</source>
        <translation>Een kopie kan niet over het register zelf worden opgeslagen. Kies een andere naam.</translation>
    </message>
    <message>
        <source>That is not the passphrase of %1. No copy was saved.</source>
        <translation>Dat is niet de wachtzin van %1. Er is geen kopie opgeslagen.</translation>
    </message>
    <message>
        <source>Another program is saving the register; try again.</source>
        <translation>Een ander programma slaat het register op; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::HistoryChain</name>
    <message>
        <source>The state of the history could not be read.</source>
        <translation>De stand van de historie kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The state of the history is missing from the register.</source>
        <translation>De stand van de historie ontbreekt in het register.</translation>
    </message>
    <message>
        <source>The change could not be recorded in the history.</source>
        <translation>De wijziging kon niet in de historie worden vastgelegd.</translation>
    </message>
    <message>
        <source>The history holds entries without their place in the chain (from entry %1 on).</source>
        <translation>De historie bevat regels zonder plaats in de keten (vanaf regel %1).</translation>
    </message>
    <message>
        <source>Entry %1 of the history is missing.</source>
        <translation>Regel %1 van de historie ontbreekt.</translation>
    </message>
    <message>
        <source>Entry %1 of the history appears twice.</source>
        <translation>Regel %1 van de historie komt twee keer voor.</translation>
    </message>
    <message>
        <source>Entry %1 of the history (%2, %3) was changed after it was written, or an entry before it was removed.</source>
        <translation>Regel %1 van de historie (%2, %3) is gewijzigd nadat hij was geschreven, of een regel ervoor is verwijderd.</translation>
    </message>
    <message>
        <source>The history ends at entry %1, but the register recorded %2 entries: the last entries were removed.</source>
        <translation>De historie eindigt bij regel %1, maar het register legde %2 regels vast: de laatste regels zijn verwijderd.</translation>
    </message>
    <message>
        <source>The history does not match the state the register recorded (entry %1).</source>
        <translation>De historie komt niet overeen met de stand die het register vastlegde (regel %1).</translation>
    </message>
    <message>
        <source>The register could not be compared with its history.</source>
        <translation>Het register kon niet met zijn historie worden vergeleken.</translation>
    </message>
    <message>
        <source>Item %1 (%2) is older than its history: %3 saves are recorded, but it holds the state of save %4. Part of the file was replaced by an older copy.</source>
        <translation>Item %1 (%2) is ouder dan zijn historie: er zijn %3 opslagen vastgelegd, maar het bevat de stand van opslag %4. Een deel van het bestand is vervangen door een oudere kopie.</translation>
    </message>
    <message>
        <source>Item %1 (%2) was saved %4 times, but the history records %3 of them: entries were removed, or it was changed outside Custodian.</source>
        <translation>Item %1 (%2) is %4 keer opgeslagen, maar de historie legt er %3 vast: er zijn regels verwijderd, of het is buiten Custodian gewijzigd.</translation>
    </message>
    <message>
        <source>The history could not be sealed.</source>
        <translation>De historie kon niet worden verzegeld.</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>De historie kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::HistoryKeys</name>
    <message>
        <source>The key that protects personal data in the history could not be read.</source>
        <translation>De sleutel die persoonsgegevens in de historie beschermt, kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The key that protects personal data in the history is damaged.</source>
        <translation>De sleutel die persoonsgegevens in de historie beschermt, is beschadigd.</translation>
    </message>
    <message>
        <source>No key could be made to protect personal data in the history.</source>
        <translation>Er kon geen sleutel worden gemaakt om persoonsgegevens in de historie te beschermen.</translation>
    </message>
    <message>
        <source>The key that protects personal data in the history could not be stored.</source>
        <translation>De sleutel die persoonsgegevens in de historie beschermt, kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The personal data in the history could not be erased.</source>
        <translation>De persoonsgegevens in de historie konden niet worden gewist.</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::KeyStore</name>
    <message>
        <source>No keychain is available on this computer, so the passphrase cannot be remembered.</source>
        <translation>Er is geen sleutelbos beschikbaar op deze computer, dus de wachtzin kan niet worden onthouden.</translation>
    </message>
    <message>
        <source>No passphrase is remembered for this register.</source>
        <translation>Voor dit register is geen wachtzin onthouden.</translation>
    </message>
    <message>
        <source>The keychain refused access, so the passphrase cannot be remembered.</source>
        <translation>De sleutelbos weigerde de toegang, dus de wachtzin kan niet worden onthouden.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time, so the passphrase cannot be remembered.</source>
        <translation>De sleutelbos reageerde niet op tijd, dus de wachtzin kan niet worden onthouden.</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::Migrator</name>
    <message>
        <source>The schema migration %1 is not named NNNN_description.sql.</source>
        <translation>De naam van schemamigratie %1 volgt niet het patroon NNNN_description.sql.</translation>
    </message>
    <message>
        <source>Cannot read the schema migration %1.</source>
        <translation>De schemamigratie %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The schema migrations are not numbered 1, 2, 3, ... without gaps.</source>
        <translation>De schemamigraties zijn niet zonder gaten genummerd als 1, 2, 3, ...</translation>
    </message>
    <message>
        <source>Cannot read the register&apos;s schema version.</source>
        <translation>De schemaversie van het register kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The register could not be upgraded to schema version %1 (%2).</source>
        <translation>Het register kon niet worden bijgewerkt naar schemaversie %1 (%2).</translation>
    </message>
    <message>
        <source>No schema migrations were found in %1.</source>
        <translation>Er zijn geen schemamigraties gevonden in %1.</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::PassphrasePolicy</name>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>De wachtzin moet minstens %n teken lang zijn.</numerusform>
            <numerusform>De wachtzin moet minstens %n tekens lang zijn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::PgLocation</name>
    <message>
        <source>%1 is not a PostgreSQL address: it must start with postgresql://.</source>
        <translation>%1 is geen PostgreSQL-adres: het moet beginnen met postgresql://.</translation>
    </message>
    <message>
        <source>The address of the team register is not valid: %1</source>
        <translation>Het adres van het teamregister is ongeldig: %1</translation>
    </message>
    <message>
        <source>The address of the team register contains a password. Remove it: Custodian takes the password from the keychain, PGPASSFILE, CUSTODIAN_PASSWORD or asks for it.</source>
        <translation>Het adres van het teamregister bevat een wachtwoord. Verwijder het: Custodian haalt het wachtwoord uit de sleutelbos, uit PGPASSFILE of uit CUSTODIAN_PASSWORD, of vraagt erom.</translation>
    </message>
    <message>
        <source>The address of the team register must name its database, as in postgresql://server/privacy_register.</source>
        <translation>Het adres van het teamregister moet de database noemen, zoals in postgresql://server/privacy_register.</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::PgStore</name>
    <message>
        <source>Team registers need Qt&apos;s PostgreSQL driver (QPSQL), which is not installed.</source>
        <translation>Voor teamregisters is het PostgreSQL-stuurprogramma van Qt (QPSQL) nodig, maar dat is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The team register %1 cannot be reached.</source>
        <translation>Het teamregister %1 is niet bereikbaar.</translation>
    </message>
    <message>
        <source>The team register %1 cannot be read.</source>
        <translation>Het teamregister %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The team register could not be created in %1.</source>
        <translation>Het teamregister kon niet worden gemaakt in %1.</translation>
    </message>
    <message>
        <source>The database %1 is not empty. Create the team register in a new, empty database; Custodian does not change other data.</source>
        <translation>De database %1 is niet leeg. Maak het teamregister in een nieuwe, lege database; Custodian wijzigt geen andere gegevens.</translation>
    </message>
    <message>
        <source>constraint not validated: %1</source>
        <translation>beperking niet gevalideerd: %1</translation>
    </message>
    <message>
        <source>The database %1 is not a Custodian register.</source>
        <translation>De database %1 is geen Custodian-register.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Custodian (schema %2; this version reads up to %3). Install the newer version to open it; nothing has been changed.</source>
        <translation>%1 is geschreven door een nieuwere versie van Custodian (schema %2; deze versie leest tot en met %3). Installeer de nieuwere versie om het te openen; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::SqlCipherDriver</name>
    <message>
        <source>Cannot open the database file</source>
        <translation>Kan het databasebestand niet openen</translation>
    </message>
    <message>
        <source>Cannot set the encryption key</source>
        <translation>Kan de versleutelingssleutel niet instellen</translation>
    </message>
    <message>
        <source>Cannot close the database file</source>
        <translation>Kan het databasebestand niet sluiten</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Kan geen transactie starten</translation>
    </message>
    <message>
        <source>Cannot commit the transaction</source>
        <translation>Kan de transactie niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction</source>
        <translation>Kan de transactie niet terugdraaien</translation>
    </message>
</context>
<context>
    <name>Custodian::Storage::WriterLock</name>
    <message>
        <source>another user</source>
        <translation>een andere gebruiker</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>een andere computer</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>een onbekend tijdstip</translation>
    </message>
    <message>
        <source>The register %1 is in use by %2 on %3 since %4. It can be opened read-only until they close it.</source>
        <translation>Het register %1 is in gebruik door %2 op %3 sinds %4. Tot die het sluit, kan het alleen-lezen worden geopend.</translation>
    </message>
    <message>
        <source>%1 is kept on %2. File locks are not reliable there, so two people could overwrite each other&apos;s work or damage the register. Keep the register on this computer&apos;s own disk, or share it as a team register on a PostgreSQL server.</source>
        <translation>%1 staat op %2. Bestandsvergrendeling is daar niet betrouwbaar, zodat twee mensen elkaars werk kunnen overschrijven of het register kunnen beschadigen. Bewaar het register op de eigen schijf van deze computer, of deel het als teamregister op een PostgreSQL-server.</translation>
    </message>
    <message>
        <source>a network share (%1)</source>
        <translation>een netwerkschijf (%1)</translation>
    </message>
    <message>
        <source>a synchronised folder (%1)</source>
        <translation>een gesynchroniseerde map (%1)</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ActivitiesPage</name>
    <message>
        <source>Processing activities</source>
        <translation>Verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Activiteit verwijderen</translation>
    </message>
    <message>
        <source>Retire activity</source>
        <translation>Activiteit buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Beëindigen…</translation>
    </message>
    <message>
        <source>No processing activities yet. Add the first one with “New activity”: one purpose per activity, for example payroll, customer administration or the newsletter (Art. 30(1)).</source>
        <translation>Nog geen verwerkingsactiviteiten. Voeg de eerste toe met “Nieuwe activiteit”: één doel per activiteit, bijvoorbeeld salarisadministratie, klantenadministratie of de nieuwsbrief (art. 30 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Volgende herbeoordeling</translation>
    </message>
    <message>
        <source>Processor activities</source>
        <translation>Verwerkingen als verwerker</translation>
    </message>
    <message>
        <source>Delete processor activity</source>
        <translation>Verwerking als verwerker verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1” from the register for good?</source>
        <translation>„%1” definitief uit het register verwijderen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>It is retired already. The audit trail keeps its history; a report of the register will no longer show it.</source>
        <translation>Het is al buiten gebruik gesteld. Het auditlog bewaart de geschiedenis; een rapport van het register toont het niet meer.</translation>
    </message>
    <message>
        <source>Retire processor activity</source>
        <translation>Verwerking als verwerker buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Retire “%1”?</source>
        <translation>“%1” buiten gebruik stellen?</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Beëindigen</translation>
    </message>
    <message>
        <source>It stays in the register with its history, marked as retired, and is hidden from this list unless you filter for retired items.</source>
        <translation>Het blijft met zijn geschiedenis in het register, gemarkeerd als buiten gebruik, en is verborgen in deze lijst tenzij u filtert op items buiten gebruik.</translation>
    </message>
    <message>
        <source>No processing as a processor yet. When your organisation processes personal data on behalf of a customer — hosting their data in your application, support, backups — add it here with “New processor activity”, one for each controller (Art. 30(2)).</source>
        <translation>Nog geen verwerkingen als verwerker. Verwerkt uw organisatie persoonsgegevens in opdracht van een klant — hun gegevens in uw applicatie hosten, support, back-ups — voeg ze dan hier toe met „Nieuwe verwerking als verwerker”, één per verwerkingsverantwoordelijke (art. 30 lid 2 AVG).</translation>
    </message>
    <message>
        <source>New processor activity</source>
        <translation>Nieuwe verwerking als verwerker</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Niet gekozen</translation>
    </message>
    <message>
        <source>Unknown party</source>
        <translation>Onbekende partij</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>a processor activity&apos;s controllers in the list: &quot;Gemeente Noorddam and 3 more&quot;</extracomment>
        <translation>
            <numerusform>%1 en nog %n</numerusform>
            <numerusform>%1 en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ActivityEditor</name>
    <message>
        <source>New retention rule</source>
        <translation>Nieuwe bewaarregel</translation>
    </message>
    <message>
        <source>&amp;Name of the rule:</source>
        <translation>&amp;Naam van de regel:</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Nieuwe partij</translation>
    </message>
    <message>
        <source>&amp;Name of the party:</source>
        <translation>&amp;Naam van de partij:</translation>
    </message>
    <message>
        <source>New processing activity</source>
        <translation>Nieuwe verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Processing activity without a name</source>
        <translation>Verwerkingsactiviteit zonder naam</translation>
    </message>
    <message>
        <source>Legitimate interests (f) need a balancing test: note where it is kept.</source>
        <translation>Gerechtvaardigd belang (f) vereist een belangenafweging: vermeld waar die is vastgelegd.</translation>
    </message>
    <message>
        <source>Only with legitimate interests (f).</source>
        <translation>Alleen bij gerechtvaardigd belang (f).</translation>
    </message>
    <message>
        <source>Choose a processing activity in the list, or create a new one.</source>
        <translation>Kies een verwerkingsactiviteit in de lijst of maak een nieuwe.</translation>
    </message>
    <message>
        <source>Purpose and lawful basis — Art. 30(1)(b), Art. 6</source>
        <translation>Doel en grondslag — art. 30 lid 1 onder b en art. 6 AVG</translation>
    </message>
    <message>
        <source>Data subjects — Art. 30(1)(c)</source>
        <translation>Betrokkenen — art. 30 lid 1 onder c AVG</translation>
    </message>
    <message>
        <source>Personal data and retention — Art. 30(1)(c), (f)</source>
        <translation>Persoonsgegevens en bewaartermijnen — art. 30 lid 1 onder c en f AVG</translation>
    </message>
    <message>
        <source>Recipients — Art. 30(1)(d)</source>
        <translation>Ontvangers — art. 30 lid 1 onder d AVG</translation>
    </message>
    <message>
        <source>Transfers to third countries — Art. 30(1)(e)</source>
        <translation>Doorgiften naar derde landen — art. 30 lid 1 onder e AVG</translation>
    </message>
    <message>
        <source>Technical and organisational measures — Art. 30(1)(g), Art. 32</source>
        <translation>Technische en organisatorische maatregelen — art. 30 lid 1 onder g en art. 32 AVG</translation>
    </message>
    <message>
        <source>Systems and storage</source>
        <translation>Systemen en opslag</translation>
    </message>
    <message>
        <source>Automated decisions and profiling — Art. 22</source>
        <translation>Geautomatiseerde besluitvorming en profilering — art. 22 AVG</translation>
    </message>
    <message>
        <source>Owner and review</source>
        <translation>Eigenaar en herbeoordeling</translation>
    </message>
    <message>
        <source>Processor agreements — Art. 28</source>
        <translation>Verwerkersovereenkomsten — art. 28 AVG</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastlegging</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Purpose and lawful basis — Art. 30(1)(b), Art. 6, Art. 9, Art. 10</source>
        <translation>Doel en grondslag — art. 30 lid 1 onder b, art. 6, 9 en 10 AVG</translation>
    </message>
    <message>
        <source>Data and retention</source>
        <translation>Gegevens en bewaring</translation>
    </message>
    <message>
        <source>Data subjects, personal data and their retention — Art. 30(1)(c), (f)</source>
        <translation>Betrokkenen, persoonsgegevens en hun bewaartermijnen — art. 30 lid 1 onder c en f AVG</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <source>Systems, source of the data and storage location</source>
        <translation>Systemen, herkomst van de gegevens en opslaglocatie</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <source>DPIA and automated decisions — Art. 35, Art. 22</source>
        <translation>DPIA en geautomatiseerde besluitvorming — art. 35 en 22 AVG</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>&amp;Lawful basis:</source>
        <translation>&amp;Grondslag:</translation>
    </message>
    <message>
        <source>e.g. Payroll</source>
        <translation>bijv. Salarisadministratie</translation>
    </message>
    <message>
        <source>One purpose, specific enough to check the data against</source>
        <translation>Eén doel, zo specifiek dat de gegevens eraan kunnen worden getoetst</translation>
    </message>
    <message>
        <source>One purpose per activity, not a department&apos;s whole list (AP).</source>
        <translation>Eén doel per activiteit, niet de hele lijst van een afdeling (AP).</translation>
    </message>
    <message>
        <source>Several bases are allowed; each must fit the purpose.</source>
        <translation>Meerdere grondslagen zijn toegestaan; elke grondslag moet bij het doel passen.</translation>
    </message>
    <message>
        <source>Where the legitimate-interest assessment is kept</source>
        <translation>Waar de belangenafweging is vastgelegd</translation>
    </message>
    <message>
        <source>The law that prescribes using the BSN</source>
        <translation>De wet die het gebruik van het BSN voorschrijft</translation>
    </message>
    <message>
        <source>The groups of people whose data this activity processes.</source>
        <translation>De groepen personen van wie deze activiteit gegevens verwerkt.</translation>
    </message>
    <message>
        <source>e.g. Employees, Customers, Website visitors</source>
        <translation>bijv. Medewerkers, Klanten, Websitebezoekers</translation>
    </message>
    <message>
        <source>New category of data subjects</source>
        <translation>Nieuwe categorie betrokkenen</translation>
    </message>
    <message>
        <source>Add category of data subjects</source>
        <translation>Categorie betrokkenen toevoegen</translation>
    </message>
    <message>
        <source>Remove category of data subjects</source>
        <translation>Categorie betrokkenen verwijderen</translation>
    </message>
    <message>
        <source>A general description of the security measures (Art. 32(1)) that protect this processing. Measures are described once and linked here.</source>
        <translation>Een algemene beschrijving van de beveiligingsmaatregelen (art. 32 lid 1 AVG) die deze verwerking beschermen. Maatregelen worden één keer beschreven en hier gekoppeld.</translation>
    </message>
    <message>
        <source>Where the DPIA is kept</source>
        <translation>Waar de DPIA is vastgelegd</translation>
    </message>
    <message>
        <source>e.g. HR</source>
        <translation>bijv. HR</translation>
    </message>
    <message>
        <source>DPIA screening — Art. 35(1), (3) and (4)</source>
        <translation>Toets op DPIA-plicht — art. 35 lid 1, 3 en 4 AVG</translation>
    </message>
    <message>
        <source>Any item on the AP&apos;s list, or a case of Art. 35(3), requires a DPIA; two or more WP248 criteria usually do.</source>
        <translation>Elk onderdeel van de lijst van de AP en elk geval van art. 35 lid 3 AVG vereist een DPIA; twee of meer WP248-criteria meestal ook.</translation>
    </message>
    <message>
        <source>DPIA outcome and prior consultation — Art. 35(7), (11), Art. 36</source>
        <translation>Uitkomst van de DPIA en voorafgaande raadpleging — art. 35 lid 7 en 11, art. 36 AVG</translation>
    </message>
    <message>
        <source>AP list:</source>
        <translation>Lijst van de AP:</translation>
    </message>
    <message>
        <source>WP248 criteria:</source>
        <translation>WP248-criteria:</translation>
    </message>
    <message>
        <source>At least human intervention, expressing one&apos;s view and contesting the decision.</source>
        <translation>Ten minste menselijke tussenkomst, het kenbaar maken van het eigen standpunt en het aanvechten van het besluit.</translation>
    </message>
    <message>
        <source>A high residual risk requires consulting the supervisory authority first (Art. 36(1)).</source>
        <translation>Bij een hoog restrisico moet eerst de toezichthoudende autoriteit worden geraadpleegd (art. 36 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Required where high risk is likely: any item on the AP&apos;s list, a case of Art. 35(3), or usually two or more WP248 criteria.</source>
        <translation>Verplicht bij een waarschijnlijk hoog risico: elk onderdeel van de lijst van de AP, een geval van art. 35 lid 3 AVG, of meestal twee of meer WP248-criteria.</translation>
    </message>
    <message>
        <source>With (c) or (e), e.g. AWR art. 52</source>
        <translation>Bij (c) of (e), bijv. AWR art. 52</translation>
    </message>
    <message>
        <source>With (f): the interest, as the privacy statement will name it</source>
        <translation>Bij (f): het belang, zoals de privacyverklaring het noemt</translation>
    </message>
    <message>
        <source>With several bases: which basis covers which data subjects or data</source>
        <translation>Bij meer grondslagen: welke grondslag voor welke betrokkenen of gegevens geldt</translation>
    </message>
    <message>
        <source>With (a): where the consents are kept</source>
        <translation>Bij (a): waar de toestemmingen worden bewaard</translation>
    </message>
    <message>
        <source>With (a): how a person withdraws consent</source>
        <translation>Bij (a): hoe iemand de toestemming intrekt</translation>
    </message>
    <message>
        <source>New joint controller</source>
        <translation>Nieuwe gezamenlijke verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Criminal data and BSN — Art. 10, UAVG art. 46</source>
        <translation>Strafrechtelijke gegevens en BSN — art. 10 AVG, art. 46 UAVG</translation>
    </message>
    <message>
        <source>Special categories of personal data, with the exception of Art. 9(2) for each, are on the Data and retention page.</source>
        <translation>Bijzondere categorieën van persoonsgegevens staan, elk met de uitzondering van art. 9 lid 2 AVG, op het tabblad Gegevens en bewaring.</translation>
    </message>
    <message>
        <source>Joint controllers — Art. 26, Art. 30(1)(a)</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijken — art. 26 en art. 30 lid 1 onder a AVG</translation>
    </message>
    <message>
        <source>Other controllers that determine the purposes and means of this processing together with you.</source>
        <translation>Andere verwerkingsverantwoordelijken die samen met u de doeleinden en middelen van deze verwerking bepalen.</translation>
    </message>
    <message>
        <source>Recipients, joint controllers and transfers — Art. 30(1)(a), (d), (e), Art. 26</source>
        <translation>Ontvangers, gezamenlijke verwerkingsverantwoordelijken en doorgiften — art. 30 lid 1 onder a, d en e en art. 26 AVG</translation>
    </message>
    <message>
        <source>e.g. UAVG art. 31 (public bodies), 32 (general) or 33 (own staff, screening)</source>
        <translation>bijv. art. 31 UAVG (overheid), 32 (algemeen) of 33 (eigen personeel, screening)</translation>
    </message>
    <message>
        <source>Meaningful information about the logic involved</source>
        <translation>Nuttige informatie over de onderliggende logica</translation>
    </message>
    <message>
        <source>What the decisions mean for the people concerned, e.g. a loan refused</source>
        <translation>Wat de besluiten voor de betrokkenen betekenen, bijv. een geweigerde lening</translation>
    </message>
    <message>
        <source>Privacy statement — Arts. 13, 14, 21</source>
        <translation>Privacyverklaring — art. 13, 14 en 21 AVG</translation>
    </message>
    <message>
        <source>What the statement tells the people concerned about this activity; the rest it takes from the record.</source>
        <translation>Wat de verklaring de betrokkenen over deze verwerking vertelt; de rest neemt zij over uit het register.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Verklaring</translation>
    </message>
    <message>
        <source>What the privacy statement says of this activity — Arts. 13, 14, 21</source>
        <translation>Wat de privacyverklaring over deze verwerking zegt — art. 13, 14 en 21 AVG</translation>
    </message>
    <message>
        <source>A&amp;udiences:</source>
        <translation>Doel&amp;groepen:</translation>
    </message>
    <message>
        <source>Whose privacy statement describes the activity: a statement covers one or more audiences.</source>
        <translation>Wiens privacyverklaring de verwerking beschrijft: een verklaring dekt een of meer doelgroepen.</translation>
    </message>
    <message>
        <source>Art. 13(2)(e): whether people must provide the data, and what follows if they do not.</source>
        <translation>Art. 13 lid 2 onder e AVG: of mensen de gegevens moeten verstrekken, en wat het gevolg is als zij dat niet doen.</translation>
    </message>
    <message>
        <source>The purpose in plain words for the public; empty: the purpose as recorded</source>
        <translation>Het doel in gewone woorden voor het publiek; leeg: het doel zoals vastgelegd</translation>
    </message>
    <message>
        <source>e.g. Without an address we cannot deliver the order</source>
        <translation>bijv. Zonder adres kunnen wij de bestelling niet bezorgen</translation>
    </message>
    <message>
        <source>People may always object to direct marketing; the statement tells them so (Art. 21(2)-(4)).</source>
        <translation>Tegen direct marketing kan iemand altijd bezwaar maken; de verklaring zegt dat (art. 21 lid 2 tot en met 4 AVG).</translation>
    </message>
    <message>
        <source>Whether the log lines of this activity are confidential, as the government&apos;s logging standard records it per activity.</source>
        <translation>Of de logregels van deze activiteit vertrouwelijk zijn, zoals de standaard Logboek Dataverwerkingen per activiteit vastlegt.</translation>
    </message>
    <message>
        <source>Activity versions</source>
        <translation>Vastgestelde versies</translation>
    </message>
    <message>
        <source>Established activity versions, their URIs for logging, and what changed since</source>
        <translation>Vastgestelde versies, hun URI&apos;s voor logging, en wat er sindsdien is veranderd</translation>
    </message>
    <message>
        <source>Controller in a public body — Art. 30(1)(a)</source>
        <translation>Verwerkingsverantwoordelijke bij de overheid — art. 30 lid 1 onder a AVG</translation>
    </message>
    <message>
        <source>Each administrative body of a public body (the college, the council, the mayor) is the controller of its own processing. Mark the bodies on the Parties page.</source>
        <translation>Elk bestuursorgaan van een overheidsorganisatie (het college, de raad, de burgemeester) is verwerkingsverantwoordelijke voor zijn eigen verwerkingen. Merk de bestuursorganen aan op de pagina Partijen.</translation>
    </message>
    <message>
        <source>Owner, status, review dates, the controlling body and processor agreements</source>
        <translation>Eigenaar, status, herbeoordelingsdatums, het verantwoordelijke bestuursorgaan en verwerkersovereenkomsten</translation>
    </message>
    <message>
        <source>e.g. Civil affairs, Taxes, Personnel</source>
        <translation>bijv. Burgerzaken, Belastingen, Personeel</translation>
    </message>
    <message>
        <source>Web address of the model processing it follows</source>
        <translation>Webadres van de modelverwerking die zij volgt</translation>
    </message>
    <message>
        <source>The DPO&apos;s notes: never in the privacy statement, public exports or activity versions</source>
        <translation>Opmerkingen van de FG: nooit in de privacyverklaring, openbare exports of vastgestelde versies</translation>
    </message>
    <message>
        <source>Go to party</source>
        <translation>Ga naar partij</translation>
    </message>
    <message>
        <source>No administrative bodies yet: mark them on the Parties page.</source>
        <translation>Nog geen bestuursorganen: merk ze aan op de pagina Partijen.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ActivityEditorBase</name>
    <message>
        <source>Processor agreements</source>
        <translation>Verwerkersovereenkomsten</translation>
    </message>
    <message>
        <source>Go to agreement</source>
        <translation>Ga naar overeenkomst</translation>
    </message>
    <message>
        <source>No processor agreements in the register yet.</source>
        <translation>Nog geen verwerkersovereenkomsten in het register.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ActivityVersionsPanel</name>
    <message>
        <source>%1 · not established yet</source>
        <translation>%1 · nog niet vastgesteld</translation>
    </message>
    <message>
        <source>%1 · changed since established version %2</source>
        <translation>%1 · gewijzigd sinds vastgestelde versie %2</translation>
    </message>
    <message>
        <source>%1 · established version %2 (%3)</source>
        <translation>%1 · vastgestelde versie %2 (%3)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>A new activity is established once it is saved and approved.</source>
        <translation>Een nieuwe activiteit wordt vastgesteld zodra zij is opgeslagen en goedgekeurd.</translation>
    </message>
    <message>
        <source>Not established yet. Once the activity is approved, establish it: log lines of the processing then point to that version, and later edits show here until the next version.</source>
        <translation>Nog niet vastgesteld. Stel de activiteit vast zodra zij is goedgekeurd: logregels van de verwerking verwijzen dan naar die versie, en latere wijzigingen staan hier tot de volgende versie.</translation>
    </message>
    <message>
        <source>Keep the activity as it is now as its next version, with a URI for log lines.</source>
        <translation>De activiteit zoals zij nu is vastleggen als haar volgende versie, met een URI voor logregels.</translation>
    </message>
    <message>
        <source>Save the edits first: a version holds the activity as it is stored.</source>
        <translation>Sla eerst de wijzigingen op: een versie legt de activiteit vast zoals zij is opgeslagen.</translation>
    </message>
    <message>
        <source>Only an approved activity is established: set its status to Approved on the Owner page.</source>
        <translation>Alleen een goedgekeurde activiteit wordt vastgesteld: zet haar status op Goedgekeurd op de pagina Eigenaar.</translation>
    </message>
    <message>
        <source>Not established</source>
        <translation>Niet vastgesteld</translation>
    </message>
    <message>
        <source>An approved activity is established as a version: kept as it is, with who established it and when, and a URI that the log lines of the processing point to. The latest version is established; an earlier one, or every one of a retired activity, has lapsed.</source>
        <translation>Een goedgekeurde activiteit wordt vastgesteld als versie: bewaard zoals zij is, met wie haar vaststelde en wanneer, en een URI waarnaar de logregels van de verwerking verwijzen. De laatste versie is vastgesteld; een eerdere, of elke versie van een activiteit buiten gebruik, is vervallen.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat er veranderde</translation>
    </message>
    <message>
        <source>&amp;Establish…</source>
        <translation>&amp;Vaststellen…</translation>
    </message>
    <message>
        <source>Copy &amp;URI</source>
        <translation>&amp;URI kopiëren</translation>
    </message>
    <message>
        <source>Activity versions</source>
        <translation>Vastgestelde versies</translation>
    </message>
    <message>
        <source>Differences with the working record</source>
        <translation>Verschillen met de werkversie</translation>
    </message>
    <message>
        <source>%1 · activity version %2 lapsed: the activity is retired</source>
        <translation>%1 · vastgestelde versie %2 vervallen: de activiteit is buiten gebruik</translation>
    </message>
    <message>
        <source>URI of activity version %1: %2</source>
        <translation>URI van vastgestelde versie %1: %2</translation>
    </message>
    <message>
        <source>Differences between the form, with its unsaved edits, and activity version %1:</source>
        <translation>Verschillen tussen het formulier, met zijn niet-opgeslagen wijzigingen, en vastgestelde versie %1:</translation>
    </message>
    <message>
        <source>Differences between the working record and activity version %1:</source>
        <translation>Verschillen tussen de werkversie en vastgestelde versie %1:</translation>
    </message>
    <message>
        <source>None: the working record says what activity version %1 says.</source>
        <translation>Geen: de werkversie zegt wat vastgestelde versie %1 zegt.</translation>
    </message>
    <message>
        <source>Activity version</source>
        <translation>Vastgestelde versie</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::AgreementEditor</name>
    <message>
        <source>New agreement</source>
        <translation>Nieuwe overeenkomst</translation>
    </message>
    <message>
        <source>Our organisation</source>
        <translation>Eigen organisatie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>this agreement</source>
        <translation>deze overeenkomst</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Keten: %1</translation>
    </message>
    <message>
        <source> → </source>
        <translation> → </translation>
    </message>
    <message>
        <source>Below this agreement: %1</source>
        <translation>Onder deze overeenkomst: %1</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Nieuwe partij</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Agreement — Art. 28(3)</source>
        <translation>Overeenkomst — art. 28 lid 3 AVG</translation>
    </message>
    <message>
        <source>Parties and chain — Art. 28(1), 28(4)</source>
        <translation>Partijen en keten — art. 28 lid 1 en 4 AVG</translation>
    </message>
    <message>
        <source>Subject-matter and details — Art. 28(3) first sentence</source>
        <translation>Onderwerp en kenmerken — art. 28 lid 3, eerste zin, AVG</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Obligations of the processor — Art. 28(3)(a)–(h)</source>
        <translation>Verplichtingen van de verwerker — art. 28 lid 3 onder a–h AVG</translation>
    </message>
    <message>
        <source>Sub-processors — Art. 28(2), 28(4)</source>
        <translation>Subverwerkers — art. 28 lid 2 en 4 AVG</translation>
    </message>
    <message>
        <source>Security measures — Art. 28(3)(c), Art. 32</source>
        <translation>Beveiligingsmaatregelen — art. 28 lid 3 onder c en art. 32 AVG</translation>
    </message>
    <message>
        <source>Audits and end of contract — Art. 28(3)(g), (h)</source>
        <translation>Audits en einde van de overeenkomst — art. 28 lid 3 onder g en h AVG</translation>
    </message>
    <message>
        <source>e.g. Processing agreement hosting</source>
        <translation>bijv. Verwerkersovereenkomst hosting</translation>
    </message>
    <message>
        <source>What the processor does for the controller, e.g. hosting the customer portal</source>
        <translation>Wat de verwerker voor de verwerkingsverantwoordelijke doet, bijv. hosting van het klantportaal</translation>
    </message>
    <message>
        <source>e.g. for as long as the main contract runs, plus the time needed to return the data</source>
        <translation>bijv. zolang de hoofdovereenkomst loopt, plus de tijd die nodig is om de gegevens terug te geven</translation>
    </message>
    <message>
        <source>The operations (storage, backup, support access) and what they serve</source>
        <translation>De bewerkingen (opslag, back-up, toegang voor support) en het doel ervan</translation>
    </message>
    <message>
        <source>e.g. name, e-mail address, IP address, account data</source>
        <translation>bijv. naam, e-mailadres, IP-adres, accountgegevens</translation>
    </message>
    <message>
        <source>e.g. customers&apos; employees, website visitors</source>
        <translation>bijv. medewerkers van klanten, websitebezoekers</translation>
    </message>
    <message>
        <source>Certificates, audit reports and their dates, e.g. ISO 27001 certificate valid to …</source>
        <translation>Certificaten, auditrapporten en hun datums, bijv. ISO 27001-certificaat geldig tot …</translation>
    </message>
    <message>
        <source>e.g. deletion statement of the processor, dated …</source>
        <translation>bijv. verwijderverklaring van de verwerker, gedateerd …</translation>
    </message>
    <message>
        <source>New party…</source>
        <translation>Nieuwe partij…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ga naar</translation>
    </message>
    <message>
        <source>For a sub-processing agreement: the agreement above it in the chain (Art. 28(4)).</source>
        <translation>Bij een subverwerkersovereenkomst: de overeenkomst die in de keten erboven ligt (art. 28 lid 4 AVG).</translation>
    </message>
    <message>
        <source>Tick each obligation the agreement contains and note the clause that covers it.</source>
        <translation>Vink elke verplichting aan die in de overeenkomst staat en noteer de bepaling waarin die is geregeld.</translation>
    </message>
    <message>
        <source>none agreed</source>
        <translation>niet afgesproken</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Days the controller has to object to a new sub-processor; 5, 15 or 30 are common.</source>
        <translation>Aantal dagen dat de verwerkingsverantwoordelijke heeft om bezwaar te maken tegen een nieuwe subverwerker; 5, 15 of 30 is gebruikelijk.</translation>
    </message>
    <message>
        <source>&amp;Name of the controller:</source>
        <translation>&amp;Naam van de verwerkingsverantwoordelijke:</translation>
    </message>
    <message>
        <source>&amp;Name of the processor:</source>
        <translation>&amp;Naam van de verwerker:</translation>
    </message>
    <message>
        <source>the notice of infringing instructions</source>
        <translation>de melding van instructies die inbreuk maken op de AVG</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of Art. 28(3) not shown as covered: %1. Tick each with the clause that covers it, or amend the agreement.</source>
        <translation>
            <numerusform>%n onderdeel van art. 28 lid 3 AVG niet aantoonbaar geregeld: %1. Vink elk onderdeel aan met de bepaling die het regelt, of pas de overeenkomst aan.</numerusform>
            <numerusform>%n onderdelen van art. 28 lid 3 AVG niet aantoonbaar geregeld: %1. Vink elk onderdeel aan met de bepaling die het regelt, of pas de overeenkomst aan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement without a title</source>
        <translation>Overeenkomst zonder titel</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>verlopen op %1</translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>verloopt op %1</translation>
    </message>
    <message>
        <source>Choose an agreement in the list, or create a new one.</source>
        <translation>Kies een overeenkomst in de lijst, of maak een nieuwe.</translation>
    </message>
    <message>
        <source>“Our organisation” is the organisation this register belongs to.</source>
        <translation>‘Eigen organisatie’ is de organisatie van wie dit register is.</translation>
    </message>
    <message>
        <source>Change notices — Art. 28(2)</source>
        <translation>Wijzigingsmeldingen — art. 28 lid 2 AVG</translation>
    </message>
    <message>
        <source>Documents — Art. 28(9)</source>
        <translation>Documenten — art. 28 lid 9 AVG</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastlegging</translation>
    </message>
    <message>
        <source>Title, kind, status, the parties and the chain of sub-processing</source>
        <translation>Titel, soort, status, de partijen en de keten van subverwerking</translation>
    </message>
    <message>
        <source>Details and dates</source>
        <translation>Inhoud en data</translation>
    </message>
    <message>
        <source>Subject-matter, duration, nature and purpose, data and data subjects; dates</source>
        <translation>Onderwerp, duur, aard en doel, gegevens en betrokkenen; data</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Verplichtingen</translation>
    </message>
    <message>
        <source>The Art. 28(3)(a)–(h) checklist, audits and the end of the contract</source>
        <translation>De controlelijst van art. 28 lid 3 onder a–h, audits en het einde van de overeenkomst</translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation>Subverwerkers</translation>
    </message>
    <message>
        <source>Authorisation, objection window and change notices — Art. 28(2)</source>
        <translation>Toestemming, termijn voor bezwaar en wijzigingsmeldingen — art. 28 lid 2 AVG</translation>
    </message>
    <message>
        <source>Measures and documents</source>
        <translation>Maatregelen en documenten</translation>
    </message>
    <message>
        <source>Security measures, the signed documents and the record</source>
        <translation>Beveiligingsmaatregelen, de ondertekende documenten en de vastlegging</translation>
    </message>
    <message>
        <source>The window is set by the agreement, not by law: count it as the agreement words it.</source>
        <translation>De termijn volgt uit de overeenkomst, niet uit de wet: tel die zoals de overeenkomst hem omschrijft.</translation>
    </message>
    <message>
        <source>The sixth element of Art. 28(3), first sentence: instructions, audits, approval of sub-processors, deletion or return.</source>
        <translation>Het zesde onderdeel van art. 28 lid 3, eerste volzin AVG: instructies, audits, toestemming voor subverwerkers, wissen of teruggeven.</translation>
    </message>
    <message>
        <source>For a sub-processor under specific authorisation: the controller&apos;s prior written consent (Art. 28(2)).</source>
        <translation>Voor een subverwerker bij specifieke toestemming: de voorafgaande schriftelijke toestemming van de verwerkingsverantwoordelijke (art. 28 lid 2 AVG).</translation>
    </message>
    <message>
        <source>e.g. AWR art. 52</source>
        <translation>bijv. art. 52 AWR</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <source>Where our organisation is the processor: the hours within which we must tell the controller of a breach (Art. 33(2)); 24 to 48 are common. The breach register counts it down.</source>
        <translation>Als onze organisatie de verwerker is: het aantal uren waarbinnen wij de verwerkingsverantwoordelijke over een datalek moeten informeren (art. 33 lid 2 AVG); 24 tot 48 uur is gebruikelijk. Het datalekkenregister telt het af.</translation>
    </message>
    <message>
        <source>e.g. 2.42</source>
        <translation>bijv. 2.42</translation>
    </message>
    <message>
        <source>e.g. 4.0</source>
        <translation>bijv. 4.0</translation>
    </message>
    <message>
        <source>e.g. April 2019</source>
        <translation>bijv. april 2019</translation>
    </message>
    <message>
        <source>e.g. 2018</source>
        <translation>bijv. 2018</translation>
    </message>
    <message>
        <source>The version or date of the model</source>
        <translation>De versie of datum van het model</translation>
    </message>
    <message>
        <source>Model and annexes</source>
        <translation>Model en bijlagen</translation>
    </message>
    <message>
        <source>Locations, cloud and exit</source>
        <translation>Locaties, cloud en exit</translation>
    </message>
    <message>
        <source>Assurance reports and certificates — Art. 28(1)</source>
        <translation>Assurance-rapportages en certificaten — art. 28 lid 1 AVG</translation>
    </message>
    <message>
        <source>The processor&apos;s guarantees: each report or certificate with the day it is valid until. The dashboard tells you when one ends.</source>
        <translation>De garanties van de verwerker: elk rapport of certificaat met de dag tot wanneer het geldig is. Het overzicht meldt wanneer er een verloopt.</translation>
    </message>
    <message>
        <source>Yearly supplier review</source>
        <translation>Jaarlijkse beoordeling leverancier</translation>
    </message>
    <message>
        <source>Whether the guarantees still hold, what risks remain and what follows. A review is due a year after the last one.</source>
        <translation>Of de garanties nog gelden, welke risico&apos;s resteren en wat er volgt. Een beoordeling is een jaar na de vorige aan de beurt.</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Model, annexes, locations and exit, assurance reports and the yearly review</source>
        <translation>Model, bijlagen, locaties en exit, assurance-rapportages en de jaarlijkse beoordeling</translation>
    </message>
    <message>
        <source>Add annex</source>
        <translation>Bijlage toevoegen</translation>
    </message>
    <message>
        <source>Remove annex</source>
        <translation>Bijlage verwijderen</translation>
    </message>
    <message>
        <source>Add the annexes that belong to the agreement: a privacy insert per product, the security annex, the Data Pro Statement, the list of sub-processors.</source>
        <translation>Voeg de bijlagen toe die bij de overeenkomst horen: een privacybijsluiter per product, de beveiligingsbijlage, het Data Pro Statement, de lijst van subverwerkers.</translation>
    </message>
    <message>
        <source>Add the processor&apos;s certificates and audit reports, such as ISO 27001 or ISAE 3402, with the day each is valid until.</source>
        <translation>Voeg de certificaten en auditrapporten van de verwerker toe, zoals ISO 27001 of ISAE 3402, met de dag tot wanneer elk geldig is.</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Beoordeling toevoegen</translation>
    </message>
    <message>
        <source>Remove review</source>
        <translation>Beoordeling verwijderen</translation>
    </message>
    <message>
        <source>Add a review each year: the day, who reviewed, the outcome, residual risks and actions.</source>
        <translation>Voeg elk jaar een beoordeling toe: de dag, wie beoordeelde, de uitkomst, restrisico&apos;s en acties.</translation>
    </message>
    <message>
        <source>The processor offers the service from its own cloud: the evidence of its guarantees weighs more (BIO 5.23).</source>
        <translation>De verwerker levert de dienst vanuit de eigen cloud: het bewijs van de garanties weegt zwaarder (BIO 5.23).</translation>
    </message>
    <message>
        <source>How the organisation would leave this supplier: getting the data back, in which format, and moving to another.</source>
        <translation>Hoe de organisatie bij deze leverancier weg kan: de gegevens terugkrijgen, in welk formaat, en overstappen naar een andere.</translation>
    </message>
    <message>
        <source>For processing outside the EEA: the adequacy decision or standard contractual clauses (Art. 46).</source>
        <translation>Voor verwerking buiten de EER: het adequaatheidsbesluit of de standaardcontractbepalingen (art. 46 AVG).</translation>
    </message>
    <message>
        <source>e.g. Netherlands, Germany</source>
        <translation>bijv. Nederland, Duitsland</translation>
    </message>
    <message>
        <source>e.g. contract management, file 2026-014</source>
        <translation>bijv. contractbeheer, dossier 2026-014</translation>
    </message>
    <message>
        <source>e.g. SaaS agreement 2026-014</source>
        <translation>bijv. SaaS-overeenkomst 2026-014</translation>
    </message>
    <message>
        <source>Add assurance</source>
        <translation>Assurance toevoegen</translation>
    </message>
    <message>
        <source>Remove assurance</source>
        <translation>Assurance verwijderen</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::AgreementNoticeDelegate</name>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslist op</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verzonden op</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::AgreementsPage</name>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <source>No agreements yet. Add the agreement with your hosting provider, or the one your customers sign with you as their processor: choose “New agreement”.</source>
        <translation>Nog geen overeenkomsten. Voeg de overeenkomst met de hostingprovider toe, of de overeenkomst die klanten sluiten met de eigen organisatie als hun verwerker: kies “Nieuwe overeenkomst”.</translation>
    </message>
    <message>
        <source>&amp;New agreement</source>
        <translation>&amp;Nieuwe overeenkomst</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>B&amp;eëindigen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Terminate agreement</source>
        <translation>Overeenkomst beëindigen</translation>
    </message>
    <message>
        <source>Mark “%1” as terminated? It stays in the register with its documents and history, hidden unless you show terminated agreements. Record afterwards whether the data was deleted or returned, and the proof (Art. 28(3)(g)).</source>
        <translation>“%1” als beëindigd markeren? De overeenkomst blijft met de documenten en de wijzigingsgeschiedenis in het register, maar is verborgen zolang beëindigde overeenkomsten niet worden getoond. Leg daarna vast of de gegevens zijn verwijderd of teruggegeven, en met welk bewijs (art. 28 lid 3 onder g AVG).</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Overeenkomst verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1” and the documents kept with it from the register? This cannot be undone; the history keeps a record that it existed.</source>
        <translation>“%1” en de bijbehorende documenten uit het register verwijderen? Dit kan niet ongedaan worden gemaakt; de wijzigingsgeschiedenis legt vast dat de overeenkomst bestond.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Controller → processor</source>
        <translation>Verwerkingsverantwoordelijke → verwerker</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Herbeoordeling</translation>
    </message>
    <message>
        <source>Our organisation</source>
        <translation>Eigen organisatie</translation>
    </message>
    <message>
        <source>Unknown party</source>
        <translation>Onbekende partij</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Sub-processing</source>
        <translation>Subverwerking</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>%1 — expired</source>
        <translation>%1 — verlopen</translation>
    </message>
    <message>
        <source>%1 — expires within 30 days</source>
        <translation>%1 — verloopt binnen 30 dagen</translation>
    </message>
    <message>
        <source>%1 — review overdue</source>
        <translation>%1 — herbeoordeling te laat</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Beëindigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::AttachmentPanel</name>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The signed agreement and its annexes, kept encrypted inside the register (up to %1 each).</source>
        <translation>De ondertekende overeenkomst en de bijlagen, versleuteld bewaard in het register (elk maximaal %1).</translation>
    </message>
    <message>
        <source>Save the agreement first; then you can add the signed document here.</source>
        <translation>Sla eerst de overeenkomst op; daarna kan hier het ondertekende document worden toegevoegd.</translation>
    </message>
    <message>
        <source>Save the agreement first; then you can add documents to it.</source>
        <translation>Sla eerst de overeenkomst op; daarna kunnen er documenten aan worden toegevoegd.</translation>
    </message>
    <message>
        <source>“%1” is %2; documents up to %3 can be kept in the register. Save a smaller copy (for example a PDF without scanned images), or keep the file elsewhere and say where in the audit evidence.</source>
        <translation>“%1” is %2; in het register kunnen documenten tot %3 worden bewaard. Sla een kleinere kopie op (bijvoorbeeld een pdf zonder gescande afbeeldingen), of bewaar het bestand elders en vermeld bij het auditbewijs waar.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2: documents up to that size can be kept in the register.</source>
        <translation>“%1” is groter dan %2: in het register kunnen documenten tot die grootte worden bewaard.</translation>
    </message>
    <message>
        <source>The document could not be written to “%1”: %2</source>
        <translation>Het document kon niet naar “%1” worden geschreven: %2</translation>
    </message>
    <message>
        <source>Add a document to “%1”</source>
        <translation>Document toevoegen aan “%1”</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Document toevoegen</translation>
    </message>
    <message>
        <source>Description (for example &quot;signed agreement, version 2&quot;):</source>
        <translation>Omschrijving (bijvoorbeeld &quot;ondertekende overeenkomst, versie 2&quot;):</translation>
    </message>
    <message>
        <source>Save document as</source>
        <translation>Document opslaan als</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <source>Remove “%1” from the register? The document itself is deleted from the register file; the history keeps a record that it was there.</source>
        <translation>“%1” uit het register verwijderen? Het document zelf wordt uit het registerbestand gewist; de wijzigingsgeschiedenis legt vast dat het er was.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Save the document as a file</source>
        <translation>Het document als bestand opslaan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Het document verwijderen</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::AutoLockMenu</name>
    <message>
        <source>Lock &amp;automatically</source>
        <translation>&amp;Automatisch vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Nooit</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Na %n minuut zonder gebruik</numerusform>
            <numerusform>Na %n minuten zonder gebruik</numerusform>
        </translation>
    </message>
    <message>
        <source>When the &amp;screen locks</source>
        <translation>Als het &amp;scherm wordt vergrendeld</translation>
    </message>
    <message>
        <source>This desktop does not tell programs when its screen locks.</source>
        <translation>Deze desktop laat programma’s niet weten wanneer het scherm wordt vergrendeld.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::BackupMenu</name>
    <message>
        <source>Automatic &amp;backups</source>
        <translation>Automatische &amp;back-ups</translation>
    </message>
    <message>
        <source>Keep a &amp;backup each time a changed register is closed</source>
        <translation>Een &amp;back-up bewaren telkens als een gewijzigd register wordt gesloten</translation>
    </message>
    <message numerus="yes">
        <source>Keep the last %n backup(s)</source>
        <translation>
            <numerusform>De laatste back-up bewaren</numerusform>
            <numerusform>De laatste %n back-ups bewaren</numerusform>
        </translation>
    </message>
    <message>
        <source>In a &quot;Custodian backups&quot; folder &amp;beside the register</source>
        <translation>In een map &quot;Custodian-back-ups&quot; &amp;naast het register</translation>
    </message>
    <message>
        <source>In a &amp;folder of my choice…</source>
        <translation>In een &amp;map naar keuze…</translation>
    </message>
    <message>
        <source>In the &amp;folder %1…</source>
        <translation>In de &amp;map %1…</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Map voor automatische back-ups</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::BreachEditor</name>
    <message>
        <source>New breach</source>
        <translation>Nieuw datalek</translation>
    </message>
    <message>
        <source>Breach %1</source>
        <translation>Datalek %1</translation>
    </message>
    <message>
        <source>Enter when the organisation became aware of the breach: the 72 hours to notify the Autoriteit Persoonsgegevens run from that moment (Art. 33(1)).</source>
        <translation>Vul in wanneer de organisatie kennis kreeg van het datalek: de 72 uur om het te melden bij de Autoriteit Persoonsgegevens lopen vanaf dat moment (art. 33 lid 1).</translation>
    </message>
    <message>
        <source>Not notified to the Autoriteit Persoonsgegevens: the breach stays in this register with the reasoning (Art. 33(5)).</source>
        <translation>Niet gemeld bij de Autoriteit Persoonsgegevens: het datalek blijft met de onderbouwing in dit register staan (art. 33 lid 5).</translation>
    </message>
    <message numerus="yes">
        <source>Notified on %1, %n hour(s) after becoming aware.</source>
        <translation>
            <numerusform>Gemeld op %1, %n uur na kennisname.</numerusform>
            <numerusform>Gemeld op %1, %n uur na kennisname.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notified on %1, %n hour(s) after becoming aware: record the reasons for the delay.</source>
        <translation>
            <numerusform>Gemeld op %1, %n uur na kennisname: leg de redenen voor de vertraging vast.</numerusform>
            <numerusform>Gemeld op %1, %n uur na kennisname: leg de redenen voor de vertraging vast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The 72 hours ended on %1, %n hour(s) ago: notify now, with the reasons for the delay, unless the breach is unlikely to result in a risk.</source>
        <translation>
            <numerusform>De 72 uur zijn verstreken op %1, %n uur geleden: meld het datalek nu, met de redenen voor de vertraging, tenzij het datalek waarschijnlijk niet tot een risico leidt.</numerusform>
            <numerusform>De 72 uur zijn verstreken op %1, %n uur geleden: meld het datalek nu, met de redenen voor de vertraging, tenzij het datalek waarschijnlijk niet tot een risico leidt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notify the Autoriteit Persoonsgegevens by %1 (%2 left), unless the breach is unlikely to result in a risk.</source>
        <translation>Meld het datalek uiterlijk op %1 bij de Autoriteit Persoonsgegevens (nog %2), tenzij het datalek waarschijnlijk niet tot een risico leidt.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes left</comment>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>Choose a breach in the list, or log a new one.</source>
        <translation>Kies een datalek in de lijst, of leg een nieuw datalek vast.</translation>
    </message>
    <message>
        <source>Personal data breach — Arts. 33-34 GDPR</source>
        <translation>Datalek — art. 33-34 AVG</translation>
    </message>
    <message>
        <source>Every breach is recorded here, whether it is notified or not (Art. 33(5)).</source>
        <translation>Elk datalek wordt hier vastgelegd, of het nu is gemeld of niet (art. 33 lid 5).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Aware: the moment the organisation was reasonably certain that personal data were compromised.</source>
        <translation>Kennisname: het moment waarop de organisatie redelijk zeker was dat er persoonsgegevens zijn gecompromitteerd.</translation>
    </message>
    <message>
        <source>What kind of breach</source>
        <translation>Soort datalek</translation>
    </message>
    <message>
        <source>Processing activities affected</source>
        <translation>Getroffen verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Tick the activities involved; “Fill in from the activities” adds the data they hold.</source>
        <translation>Vink de activiteiten aan waar het datalek om gaat; “Invullen vanuit de activiteiten” voegt de gegevens toe die daarin zitten.</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Getroffen personen</translation>
    </message>
    <message>
        <source>Approximate numbers are fine; give a range when the exact number is not known.</source>
        <translation>Schattingen volstaan; geef een bandbreedte als het precieze aantal niet bekend is.</translation>
    </message>
    <message>
        <source>Protection before the breach</source>
        <translation>Beveiliging vóór het datalek</translation>
    </message>
    <message>
        <source>Consequences and risk</source>
        <translation>Gevolgen en risico</translation>
    </message>
    <message>
        <source>Autoriteit Persoonsgegevens — Art. 33</source>
        <translation>Autoriteit Persoonsgegevens — art. 33</translation>
    </message>
    <message>
        <source>The people affected — Art. 34</source>
        <translation>De getroffen personen — art. 34</translation>
    </message>
    <message>
        <source>Controllers to notify — Art. 33(2)</source>
        <translation>Te informeren verwerkingsverantwoordelijken — art. 33 lid 2</translation>
    </message>
    <message>
        <source>Where the breach happened in processing for a customer, tell that controller within the term of the agreement.</source>
        <translation>Deed het datalek zich voor bij een verwerking voor een klant, informeer die verwerkingsverantwoordelijke dan binnen de termijn uit de overeenkomst.</translation>
    </message>
    <message>
        <source>Measures and follow-up</source>
        <translation>Maatregelen en opvolging</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastlegging</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Datalek</translation>
    </message>
    <message>
        <source>Data and people</source>
        <translation>Gegevens en personen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Go to activity</source>
        <translation>Ga naar activiteit</translation>
    </message>
    <message>
        <source>No processing activities in the register yet.</source>
        <translation>Nog geen verwerkingsactiviteiten in het register.</translation>
    </message>
    <message>
        <source>Fill in from the activities</source>
        <translation>Invullen vanuit de activiteiten</translation>
    </message>
    <message>
        <source>Adds the special categories, citizen service numbers, criminal data and systems of the ticked activities; nothing is taken away.</source>
        <translation>Voegt de bijzondere categorieën, burgerservicenummers, strafrechtelijke persoonsgegevens en systemen van de aangevinkte activiteiten toe; er wordt niets weggehaald.</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Add each follow-up action with its owner and day.</source>
        <translation>Voeg elke vervolgactie toe, met de eigenaar en de datum.</translation>
    </message>
    <message>
        <source>Add controller</source>
        <translation>Partij toevoegen</translation>
    </message>
    <message>
        <source>Remove controller</source>
        <translation>Partij verwijderen</translation>
    </message>
    <message>
        <source>None: the breach happened in our own processing.</source>
        <translation>Geen: het datalek deed zich voor in onze eigen verwerking.</translation>
    </message>
    <message>
        <source>The risk to the people decides: a risk, notify the AP; a high risk, inform the people too.</source>
        <translation>Het risico voor de getroffen personen beslist: bij een risico melden bij de AP; bij een hoog risico ook de getroffen personen informeren.</translation>
    </message>
    <message>
        <source>Closed without a recorded decision on notifying the Autoriteit Persoonsgegevens: record it, with the reasoning (Art. 33(5)).</source>
        <translation>Afgesloten zonder vastgelegd besluit over melden bij de Autoriteit Persoonsgegevens: leg het vast, met de motivering (art. 33 lid 5).</translation>
    </message>
    <message>
        <source>Answers for the AP&apos;s notification form</source>
        <translation>Antwoorden voor het meldformulier van de AP</translation>
    </message>
    <message>
        <source>The Autoriteit Persoonsgegevens takes notifications through its form on autoriteitpersoonsgegevens.nl. Copy the answers section by section; fill in what says &quot;niet vastgelegd&quot; first.</source>
        <translation>De Autoriteit Persoonsgegevens neemt meldingen aan via haar formulier op autoriteitpersoonsgegevens.nl. Kopieer de antwoorden per onderdeel; vul eerst aan wat &quot;niet vastgelegd&quot; is.</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>Alles &amp;kopiëren</translation>
    </message>
    <message>
        <source>Answers for the AP&apos;s form…</source>
        <translation>Antwoorden voor AP-formulier…</translation>
    </message>
    <message>
        <source>The answers of this breach for the Autoriteit Persoonsgegevens&apos; notification form, in Dutch, section by section, to copy into the form.</source>
        <translation>De antwoorden van dit datalek voor het meldformulier van de Autoriteit Persoonsgegevens, in het Nederlands, per onderdeel, om in het formulier over te nemen.</translation>
    </message>
    <message>
        <source>Counted when the breach is saved: the moment of awareness plus the term in hours of the chosen agreement.</source>
        <translation>Wordt berekend bij het opslaan van het datalek: het moment van kennisname plus de termijn in uren uit de gekozen overeenkomst.</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ga naar</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::BreachesPage</name>
    <message>
        <source>Breach</source>
        <translation>Datalek</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Melding AP</translation>
    </message>
    <message>
        <source>Notified to the Autoriteit Persoonsgegevens within 72 hours of becoming aware, or why not (Art. 33)</source>
        <translation>Binnen 72 uur na kennisname gemeld bij de Autoriteit Persoonsgegevens, of waarom niet (art. 33)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aware</source>
        <translation>Kennisname</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Datalekken</translation>
    </message>
    <message>
        <source>notified %1</source>
        <translation>gemeld op %1</translation>
    </message>
    <message>
        <source>not notified</source>
        <translation>niet gemeld</translation>
    </message>
    <message>
        <source>%1 — 72 hours passed</source>
        <translation>%1 — 72 uur verstreken</translation>
    </message>
    <message numerus="yes">
        <source>by %1 — %n hour(s) left</source>
        <translation>
            <numerusform>uiterlijk op %1 — nog %n uur</numerusform>
            <numerusform>uiterlijk op %1 — nog %n uur</numerusform>
        </translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>nog niet beslist</translation>
    </message>
    <message>
        <source>Delete breach</source>
        <translation>Datalek verwijderen</translation>
    </message>
    <message>
        <source>Delete breach %1 from the register? Do this only for a breach logged by mistake: every breach belongs in the register, also those not notified (Art. 33(5)). Its number is not given again; the history keeps a record that it existed.</source>
        <translation>Datalek %1 uit het register verwijderen? Doe dit alleen bij een datalek dat per vergissing is vastgelegd: elk datalek hoort in het register, ook de niet gemelde (art. 33 lid 5). Het nummer wordt niet opnieuw uitgegeven; de wijzigingsgeschiedenis legt vast dat het datalek heeft bestaan.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>No breaches logged. When personal data is lost, sent to the wrong person or reached by someone who should not have it, log it here at once: choose “New breach”. The 72 hours to notify the Autoriteit Persoonsgegevens run from the moment you are aware of it.</source>
        <translation>Nog geen datalekken vastgelegd. Raken persoonsgegevens kwijt, worden ze naar de verkeerde persoon gestuurd of komen ze terecht bij iemand die ze niet mag hebben, leg het datalek dan meteen hier vast: kies “Nieuw datalek”. De 72 uur om het te melden bij de Autoriteit Persoonsgegevens lopen vanaf het moment van kennisname.</translation>
    </message>
    <message>
        <source>&amp;New breach</source>
        <translation>&amp;Nieuw datalek</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Title or what happened</source>
        <translation>Titel of wat er is gebeurd</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::CapsLockWarning</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock staat aan.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::CataloguePage</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (buiten gebruik)</translation>
    </message>
    <message>
        <source>Retire “%1”?</source>
        <translation>“%1” buiten gebruik stellen?</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Buiten gebruik stellen…</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <source>The register will be encrypted again with the new passphrase. Anyone who knows only the old passphrase will no longer be able to open it; older copies of the file keep the old passphrase.</source>
        <translation>Het register wordt opnieuw versleuteld met de nieuwe wachtzin. Wie alleen de oude wachtzin kent, kan het daarna niet meer openen; oudere kopieën van het bestand houden de oude wachtzin.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Wachtzin w&amp;ijzigen</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Voer de huidige wachtzin in.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>De nieuwe wachtzin is gelijk aan de huidige.</translation>
    </message>
    <message>
        <source>Curren&amp;t passphrase:</source>
        <translation>H&amp;uidige wachtzin:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtzin</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ClauseChecklist</name>
    <message>
        <source>e.g. art. 4.2</source>
        <translation>bijv. art. 4.2</translation>
    </message>
    <message>
        <source>Clause of the agreement for: %1</source>
        <translation>Bepaling in de overeenkomst voor: %1</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::Confirm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t save</source>
        <translation>&amp;Niet opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ControlEditor</name>
    <message>
        <source>Tick the reports that are evidence for the control: they will name it beside the controls they name already.</source>
        <translation>Vink de rapporten aan die bewijs zijn voor de norm: zij noemen haar dan naast de normen die zij al noemen.</translation>
    </message>
    <message>
        <source>These reports name already: %1</source>
        <translation>Deze rapporten noemen al: %1</translation>
    </message>
    <message>
        <source>New control</source>
        <translation>Nieuwe norm</translation>
    </message>
    <message>
        <source>This control is retired: auditors no longer test it, and the reports no longer name it. It stays in the register&apos;s history. Use “Restore” if it is tested again.</source>
        <translation>Deze norm is buiten gebruik: auditors toetsen haar niet meer en de rapporten noemen haar niet meer. Zij blijft in de geschiedenis van het register. Gebruik “Terugzetten” als zij weer wordt getoetst.</translation>
    </message>
    <message>
        <source>Choose a control in the list, or create a new one.</source>
        <translation>Kies een norm in de lijst, of maak een nieuwe.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>A control your auditors test that Custodian does not know: its text stays yours.</source>
        <translation>Een norm waaraan uw auditors toetsen en die Custodian niet kent: de tekst blijft van u.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>The reports that are evidence for it print it among their controls, marked as entered by the organisation.</source>
        <translation>De rapporten die er bewijs voor zijn, drukken haar af bij hun normen, gemarkeerd als door de organisatie opgegeven.</translation>
    </message>
    <message>
        <source>e.g. NOREA PCF, ENSIA, our privacy policy</source>
        <translation>bijv. NOREA PCF, ENSIA, ons privacybeleid</translation>
    </message>
    <message>
        <source>As the framework numbers it</source>
        <translation>Zoals het normenkader haar nummert</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ControlsPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Normenkader</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>The reports that name the control</source>
        <translation>De rapporten die de norm noemen</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Normen</translation>
    </message>
    <message>
        <source>No controls of your own yet. Every report already names the GDPR articles, CIP Privacy Baseline norms and BIO2 measures it is evidence for (the Reports section shows them). Add the controls your auditors test that Custodian does not know, such as a NOREA PCF code or a rule of your own policy, with the reports that are evidence for them. Start with “New control”.</source>
        <translation>Nog geen eigen normen. Elk rapport noemt al de artikelen van de AVG, de normen van de CIP Privacy Baseline en de BIO2-maatregelen waarvoor het bewijs is (het onderdeel Rapporten toont ze). Voeg de normen toe waaraan uw auditors toetsen en die Custodian niet kent, zoals een code uit de NOREA PCF of een regel uit uw eigen beleid, met de rapporten die er bewijs voor zijn. Begin met “Nieuwe norm”.</translation>
    </message>
    <message>
        <source>New control</source>
        <translation>Nieuwe norm</translation>
    </message>
    <message>
        <source>Retire control</source>
        <translation>Norm buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Restore control</source>
        <translation>Norm terugzetten</translation>
    </message>
    <message>
        <source>Auditors no longer test it. Retiring keeps it in the register&apos;s history and the reports stop naming it; you can restore it later. Deleting removes it for good (the audit trail keeps a record of it).</source>
        <translation>Auditors toetsen haar niet meer. Buiten gebruik stellen houdt haar in de geschiedenis van het register en de rapporten noemen haar niet meer; u kunt haar later terugzetten. Verwijderen haalt haar definitief weg (het auditspoor bewaart er een vermelding van).</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::CookieEditor</name>
    <message>
        <source>Placed only after the visitor consents (Tw art. 11.7a); the activity it serves must rest on consent.</source>
        <translation>Wordt pas geplaatst als de bezoeker toestemming geeft (art. 11.7a Tw); de verwerking die het dient moet op toestemming berusten.</translation>
    </message>
    <message>
        <source>Needs no consent: strictly necessary for the service asked for, or analytics with little impact on privacy.</source>
        <translation>Vraagt geen toestemming: strikt noodzakelijk voor de gevraagde dienst, of analytisch met weinig gevolgen voor de privacy.</translation>
    </message>
    <message>
        <source>New cookie</source>
        <translation>Nieuw cookie</translation>
    </message>
    <message>
        <source>This cookie is retired: the website no longer places it. It stays in the register&apos;s history and is left out of the privacy statement. Use “Restore” if it is placed again.</source>
        <translation>Dit cookie is buiten gebruik gesteld: de website plaatst het niet meer. Het blijft in de geschiedenis van het register en staat niet meer in de privacyverklaring. Gebruik “Terugzetten” als het weer wordt geplaatst.</translation>
    </message>
    <message>
        <source>Choose a cookie in the list, or create a new one.</source>
        <translation>Kies een cookie in de lijst, of maak een nieuw cookie.</translation>
    </message>
    <message>
        <source>Cookie or similar technique — Tw art. 11.7a</source>
        <translation>Cookie of vergelijkbare techniek — art. 11.7a Tw</translation>
    </message>
    <message>
        <source>Anything the website or app places or reads on a visitor&apos;s device.</source>
        <translation>Alles wat de website of app op het apparaat van een bezoeker plaatst of uitleest.</translation>
    </message>
    <message>
        <source>Provider, lifetime and country</source>
        <translation>Aanbieder, levensduur en land</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Its lawful basis, consent and retention apply to what the cookie collects; the privacy statement lists the cookie with it.</source>
        <translation>Haar grondslag, toestemming en bewaartermijn gelden voor wat het cookie verzamelt; de privacyverklaring noemt het cookie erbij.</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Countr&amp;y outside the EEA:</source>
        <translation>&amp;Land buiten de EER:</translation>
    </message>
    <message>
        <source>As the browser shows it, e.g. _ga</source>
        <translation>Zoals de browser het toont, bijv. _ga</translation>
    </message>
    <message>
        <source>What it is for, in words for visitors: e.g. &quot;Counts visits to the pages, without knowing who you are&quot;</source>
        <translation>Waarvoor het dient, in woorden voor bezoekers: bijv. &quot;Telt bezoeken aan de pagina&apos;s, zonder te weten wie u bent&quot;</translation>
    </message>
    <message>
        <source>e.g. .example.nl</source>
        <translation>bijv. .voorbeeld.nl</translation>
    </message>
    <message>
        <source>Our own (first party)</source>
        <translation>Van onszelf (first party)</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ga naar</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <source>Empty: the data stays in the EEA</source>
        <translation>Leeg: de gegevens blijven in de EER</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::CookiesPage</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Whether the cookie needs the visitor&apos;s consent</source>
        <translation>Of het cookie toestemming van de bezoeker vraagt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Levensduur</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Cookies and trackers</source>
        <translation>Cookies en trackers</translation>
    </message>
    <message>
        <source>Our own</source>
        <translation>Van onszelf</translation>
    </message>
    <message>
        <source>No cookies yet. List each cookie, local storage item, pixel or script your website or app places or reads, with its category: the privacy statement lists them, and the check sees whether those that need consent rest on it. Start with “New cookie”.</source>
        <translation>Nog geen cookies. Noteer elk cookie, elk item in lokale opslag, elke pixel en elk script dat uw website of app plaatst of uitleest, met de categorie: de privacyverklaring noemt ze, en de controle ziet of wat toestemming vraagt daarop berust. Begin met “Nieuw cookie”.</translation>
    </message>
    <message>
        <source>New cookie</source>
        <translation>Nieuw cookie</translation>
    </message>
    <message>
        <source>Retire cookie</source>
        <translation>Cookie buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Restore cookie</source>
        <translation>Cookie terugzetten</translation>
    </message>
    <message>
        <source>The website no longer places it. Retiring keeps it in the register&apos;s history and leaves it out of the privacy statement; you can restore it later. Deleting removes it for good (the audit trail keeps a record of it).</source>
        <translation>De website plaatst het niet meer. Buiten gebruik stellen houdt het in de geschiedenis van het register en laat het weg uit de privacyverklaring; u kunt het later terugzetten. Verwijderen haalt het definitief weg (het auditspoor houdt er een vermelding van).</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::CountryPicker</name>
    <message>
        <source>Type a country or its two-letter code</source>
        <translation>Typ een land of de tweeletterige code</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A country in the picker: %1 its name, %2 its two-letter ISO code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::CreateRegisterDialog</name>
    <message>
        <source>Choose where to save the register.</source>
        <translation>Kies waar het register moet worden opgeslagen.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>Er bestaat al een bestand met deze naam. Kies een andere naam.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Voer de naam van de organisatie in.</translation>
    </message>
    <message>
        <source>Create a register</source>
        <translation>Register maken</translation>
    </message>
    <message>
        <source>Custodian registers (*.custodian)</source>
        <translation>Custodian-registers (*.custodian)</translation>
    </message>
    <message>
        <source>Create a new register</source>
        <translation>Nieuw register maken</translation>
    </message>
    <message>
        <source>The register is one encrypted file. Only someone with the passphrase can open it: if the passphrase is lost, so is the register.</source>
        <translation>Het register is één versleuteld bestand. Alleen wie de wachtzin heeft, kan het openen. Raakt u de wachtzin kwijt, dan bent u ook het register kwijt.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>The controller&apos;s legal name</source>
        <translation>De officiële naam van de verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Maken</translation>
    </message>
    <message>
        <source>The folder %1 will be created.</source>
        <translation>De map %1 wordt aangemaakt.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>This is the demo register of a fictional software company. Look around and change anything: it is a copy made for you, and nothing here is real. To start your own register, choose File › New register.</source>
        <translation>Dit is het demoregister van een fictief softwarebedrijf. Kijk gerust rond en wijzig wat nodig lijkt: het is een kopie om mee te oefenen, en niets hierin is echt. Kies Bestand › Nieuw register om een eigen register te beginnen.</translation>
    </message>
    <message>
        <source>Complete the organisation&apos;s details: contact and data protection officer.</source>
        <translation>Vul de gegevens van de organisatie aan: contactgegevens en functionaris voor gegevensbescherming.</translation>
    </message>
    <message>
        <source>Record your first processing activity, one purpose at a time (for example: payroll).</source>
        <translation>Leg de eerste verwerkingsactiviteit vast, met één doel per activiteit (bijvoorbeeld: salarisadministratie).</translation>
    </message>
    <message>
        <source>Add the processing agreement with your hosting provider or another processor.</source>
        <translation>Voeg de verwerkersovereenkomst met de hostingprovider of een andere verwerker toe.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <source>Nothing urgent: the register is complete as far as the check can tell.</source>
        <translation>Niets dringends: het register is volledig, voor zover de controle kan nagaan.</translation>
    </message>
    <message>
        <source>%1 approved. Completeness check: %2 and %3.</source>
        <translation>%1 goedgekeurd. Volledigheidscontrole: %2 en %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n active activity(ies)</source>
        <translation>
            <numerusform>%1 van %n actieve activiteit</numerusform>
            <numerusform>%1 van %n actieve activiteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (relative to today)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Double-click a line, or press Enter, to open its item.</source>
        <translation>Dubbelklik op een regel, of druk op Enter, om het onderdeel te openen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>Dashboard: organisation</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n beoordeling te laat</numerusform>
            <numerusform>%n beoordelingen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n active approved</source>
        <translation>
            <numerusform>%1 van %n actieve goedgekeurd</numerusform>
            <numerusform>%1 van %n actieve goedgekeurd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <comment>agreements</comment>
        <translation>
            <numerusform>%n verlopen</numerusform>
            <numerusform>%n verlopen</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete as far as the check can tell</source>
        <translation>Volledig, voor zover de controle kan zien</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>errors and warnings</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Getting started (%1)</source>
        <translation>Aan de slag (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Te laat (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n more overdue: show the processing activities that are due</source>
        <translation>
            <numerusform>Nog %n te laat: toon de verwerkingsactiviteiten die te herzien zijn</numerusform>
            <numerusform>Nog %n te laat: toon de verwerkingsactiviteiten die te herzien zijn</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors an auditor would raise (%1)</source>
        <translation>Fouten die een auditor zou aankaarten (%1)</translation>
    </message>
    <message>
        <source>In the coming weeks (%1)</source>
        <translation>In de komende weken (%1)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the coming weeks</source>
        <translation>
            <numerusform>en nog %n in de komende weken</numerusform>
            <numerusform>en nog %n in de komende weken</numerusform>
        </translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Beoordeling te laat</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Beoordeling gepland</translation>
    </message>
    <message>
        <source>Expired: renew or end the agreement</source>
        <translation>Verlopen: verleng of beëindig de overeenkomst</translation>
    </message>
    <message>
        <source>Ends: renew or end it in time</source>
        <translation>Loopt af: verleng of beëindig tijdig</translation>
    </message>
    <message>
        <source>Objection deadline passed without a decision on a sub-processor change</source>
        <translation>Termijn voor bezwaar verstreken zonder besluit over een wijziging van subverwerkers</translation>
    </message>
    <message>
        <source>Object to or accept a sub-processor change</source>
        <translation>Maak bezwaar tegen of aanvaard een wijziging van subverwerkers</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what: detail</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s) with errors: show the findings</source>
        <translation>
            <numerusform>Nog %n onderdeel met fouten: toon de bevindingen</numerusform>
            <numerusform>Nog %n onderdelen met fouten: toon de bevindingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (en nog %n)</numerusform>
            <numerusform>%1 (en nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>The controller&apos;s objection window has ended: record its answer to the sub-processor change</source>
        <translation>De termijn voor bezwaar van de verwerkingsverantwoordelijke is verstreken: leg het antwoord op de wijziging van subverwerker vast</translation>
    </message>
    <message>
        <source>The controller may object until then: do not engage the new sub-processor yet</source>
        <translation>Tot dan kan de verwerkingsverantwoordelijke bezwaar maken: schakel de nieuwe subverwerker nog niet in</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>requests</comment>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message numerus="yes">
        <source>%n to notify or decide</source>
        <comment>breaches</comment>
        <translation>
            <numerusform>%n te melden of te beslissen</numerusform>
            <numerusform>%n te melden of te beslissen</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests and breaches (%1)</source>
        <translation>Verzoeken en datalekken (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) of requests and breaches passed: see “Requests and breaches” below.</source>
        <translation>
            <numerusform>%n termijn van verzoeken en datalekken verstreken: zie “Verzoeken en datalekken” hieronder.</numerusform>
            <numerusform>%n termijnen van verzoeken en datalekken verstreken: zie “Verzoeken en datalekken” hieronder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hour(s) ago)</source>
        <translation>
            <numerusform>%1 (%n uur geleden)</numerusform>
            <numerusform>%1 (%n uur geleden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n hour(s))</source>
        <translation>
            <numerusform>%1 (over %n uur)</numerusform>
            <numerusform>%1 (over %n uur)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more: show the requests that are due</source>
        <translation>
            <numerusform>nog %n: toon de verzoeken met een naderende termijn</numerusform>
            <numerusform>nog %n: toon de verzoeken met een naderende termijn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved. The completeness check is running…</source>
        <translation>%1 goedgekeurd. De volledigheidscontrole loopt…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>bezig met controleren…</translation>
    </message>
    <message numerus="yes">
        <source>%n changed since established</source>
        <translation>
            <numerusform>%n gewijzigd sinds vaststelling</numerusform>
            <numerusform>%n gewijzigd sinds vaststelling</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly supplier review overdue</source>
        <translation>Jaarlijkse beoordeling leverancier te laat</translation>
    </message>
    <message>
        <source>Yearly supplier review due</source>
        <translation>Jaarlijkse beoordeling leverancier gepland</translation>
    </message>
    <message>
        <source>Supplier&apos;s report or certificate expired</source>
        <translation>Rapport of certificaat leverancier verlopen</translation>
    </message>
    <message>
        <source>Supplier&apos;s report or certificate ends</source>
        <translation>Rapport of certificaat leverancier verloopt</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::DataCategoryTable</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No rule yet</source>
        <translation>Nog geen regel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown rule</source>
        <translation>Onbekende regel</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Not special</source>
        <translation>Niet bijzonder</translation>
    </message>
    <message>
        <source>Art. 30(1)(f): choose how long this data is kept, or add a rule.</source>
        <translation>Art. 30 lid 1 onder f AVG: kies hoe lang deze gegevens worden bewaard, of voeg een regel toe.</translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>Bewaartermijn: %1.</translation>
    </message>
    <message>
        <source>Ground: %1, no source noted.</source>
        <translation>Grond: %1, geen bron vermeld.</translation>
    </message>
    <message>
        <source>Ground: %1, %2.</source>
        <translation>Grond: %1, %2.</translation>
    </message>
    <message>
        <source>Not a special category</source>
        <translation>Geen bijzondere categorie</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Special category</source>
        <translation>Bijzondere categorie</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Add data category</source>
        <translation>Gegevenscategorie toevoegen</translation>
    </message>
    <message>
        <source>Remove data category</source>
        <translation>Gegevenscategorie verwijderen</translation>
    </message>
    <message>
        <source>No categories of personal data yet. Add one for each kind of data (name and address, bank account, health data, …), with how long it is kept.</source>
        <translation>Nog geen categorieën van persoonsgegevens. Voeg er een toe voor elke soort gegevens (naam en adres, bankrekening, gezondheidsgegevens, …), met hoe lang die worden bewaard.</translation>
    </message>
    <message>
        <source>Data category:</source>
        <translation>Gegevenscategorie:</translation>
    </message>
    <message>
        <source>e.g. Name and address details</source>
        <translation>bijv. NAW-gegevens</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Gegevenscategorie</translation>
    </message>
    <message>
        <source>Special category (Art. 9(1)):</source>
        <translation>Bijzondere categorie (art. 9 lid 1 AVG):</translation>
    </message>
    <message>
        <source>Retention rule:</source>
        <translation>Bewaarregel:</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>Nieuwe regel…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ga naar</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Bewaarregel</translation>
    </message>
    <message>
        <source>%1, no exception</source>
        <extracomment>a special category with the exception of Art. 9(2) that allows it: &quot;Health, 9(2)(b)&quot;</extracomment>
        <translation>%1, geen uitzondering</translation>
    </message>
    <message>
        <source>%1, 9(2)(%2)</source>
        <translation>%1, 9 lid 2 onder %2</translation>
    </message>
    <message>
        <source>e.g. UAVG art. 23</source>
        <translation>bijv. art. 23 UAVG</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>bijv. %1</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Niet gekozen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exception (Art. 9(2)):</source>
        <translation>Uitzondering (art. 9 lid 2 AVG):</translation>
    </message>
    <message>
        <source>Exception of Art. 9(2)</source>
        <translation>Uitzondering van art. 9 lid 2 AVG</translation>
    </message>
    <message>
        <source>Union or Dutch law:</source>
        <translation>Unierecht of Nederlands recht:</translation>
    </message>
    <message>
        <source>Union or Dutch law the exception rests on</source>
        <translation>Unierecht of Nederlands recht waarop de uitzondering berust</translation>
    </message>
    <message>
        <source>Needed with Art. 9(2)(b), (g), (h), (i) and (j); in the Netherlands usually one of UAVG arts. 22 to 30.</source>
        <translation>Nodig bij art. 9 lid 2 onder b, g, h, i en j AVG; in Nederland meestal een van art. 22 tot en met 30 UAVG.</translation>
    </message>
    <message>
        <source>Legal hold: %1 (it suspends deletion only for the people and records it covers).</source>
        <translation>Bewaarblokkade: %1 (die schort de verwijdering alleen op voor de personen en gegevens waarvoor ze geldt).</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::DateField</name>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1: set a date</source>
        <translation>%1: datum instellen</translation>
    </message>
    <message>
        <source>Tick to set a date; clear to leave it not set.</source>
        <translation>Vink aan om een datum in te stellen; vink uit om geen datum in te stellen.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::DueDate</name>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — te laat</translation>
    </message>
    <message>
        <source>%1 — due this week</source>
        <translation>%1 — deze week te herzien</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::EditorFrame</name>
    <message numerus="yes">
        <source>%n field(s) must be corrected before saving.</source>
        <translation>
            <numerusform>%n veld moet worden gecorrigeerd voor het opslaan.</numerusform>
            <numerusform>%n velden moeten worden gecorrigeerd voor het opslaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Niet aangemaakt</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <source>Drop the unsaved changes and show the item as it is stored</source>
        <translation>De niet-opgeslagen wijzigingen laten vallen en het item tonen zoals het is opgeslagen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>De wijzigingen opslaan (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::EditorPages</name>
    <message>
        <source>Has errors</source>
        <translation>Bevat fouten</translation>
    </message>
    <message>
        <source>Has warnings</source>
        <translation>Bevat waarschuwingen</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::EntityPicker</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (buiten gebruik)</translation>
    </message>
    <message>
        <source>Unknown item (no longer in the register)</source>
        <translation>Onbekend item (niet meer in het register)</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::EntityTableModel</name>
    <message numerus="yes">
        <source>%n completeness finding(s) to look at: open the item to see them.</source>
        <translation>
            <numerusform>%n bevinding van de volledigheidscontrole: open het item om haar te zien.</numerusform>
            <numerusform>%n bevindingen van de volledigheidscontrole: open het item om ze te zien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Aandacht</translation>
    </message>
    <message>
        <source>Attention: completeness findings (errors and warnings)</source>
        <translation>Aandacht: bevindingen van de volledigheidscontrole (fouten en waarschuwingen)</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::EstablishActivityDialog</name>
    <message>
        <source>&amp;What changed since the previous version:</source>
        <translation>&amp;Wat is er veranderd sinds de vorige versie:</translation>
    </message>
    <message>
        <source>e.g. Established after the yearly review</source>
        <translation>bijv. Vastgesteld na de jaarlijkse beoordeling</translation>
    </message>
    <message>
        <source>e.g. Retention of the salary records set to seven years</source>
        <translation>bijv. Bewaartermijn van de salarisadministratie op zeven jaar gezet</translation>
    </message>
    <message>
        <source>Establish</source>
        <translation>Vaststellen</translation>
    </message>
    <message>
        <source>Establish activity version %1</source>
        <translation>Versie %1 vaststellen</translation>
    </message>
    <message>
        <source>%1 “%2” is kept as it is now as activity version %3, with your name and the time. It cannot be changed afterwards: a later change is established as a new version.</source>
        <translation>%1 “%2” wordt zoals zij nu is vastgelegd als versie %3, met uw naam en het tijdstip. Zij kan daarna niet meer worden gewijzigd: een latere wijziging wordt vastgesteld als een nieuwe versie.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ExchangeProgress</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (.csv, several in a ZIP file)</source>
        <translation>CSV-bestanden (.csv, meerdere in een ZIP-bestand)</translation>
    </message>
    <message>
        <source>JSON: the whole register, with its history and documents</source>
        <translation>JSON: het hele register, met de geschiedenis en de documenten</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>Custodian&apos;s lists: every item, every field</source>
        <translation>De lijsten van Custodian: elk item, elk veld</translation>
    </message>
    <message>
        <source>ICO template: the processing activities in its 25 columns</source>
        <translation>ICO-sjabloon: de verwerkingsactiviteiten in de 25 kolommen ervan</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Indeling:</translation>
    </message>
    <message>
        <source>Headers and &amp;labels in:</source>
        <translation>Taal van kolomkoppen en &amp;labels:</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Puntkomma ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>CSV &amp;separator:</source>
        <translation>&amp;Scheidingsteken CSV:</translation>
    </message>
    <message>
        <source>The file is not encrypted: it holds what the register holds, requesters&apos; details included. Keep it as safe as the register, and delete it when it has served.</source>
        <translation>Het bestand is niet versleuteld: het bevat wat het register bevat, ook de gegevens van verzoekers. Bewaar het even veilig als het register, en verwijder het als het zijn dienst heeft gedaan.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Everything the register holds, with its history, for a move to another computer or an archive; File › Import… or custodian-cli import reads it back.</source>
        <translation>Alles wat het register bevat, met de geschiedenis, om het naar een andere computer te verhuizen of te archiveren; Bestand › Importeren… of custodian-cli import leest het weer in.</translation>
    </message>
    <message>
        <source>The processing activities in the columns of the ICO&apos;s record-of-processing template, for those who keep or audit the register in that spreadsheet.</source>
        <translation>De verwerkingsactiviteiten in de kolommen van het ICO-sjabloon voor het verwerkingsregister, voor wie het register in die spreadsheet bijhoudt of controleert.</translation>
    </message>
    <message>
        <source>A list per kind of item, a column per field; the lists inside an item (an activity&apos;s transfers) as lists of their own. File › Import… reads them back.</source>
        <translation>Een lijst per soort item, een kolom per veld; de lijsten binnen een item (de doorgiften van een activiteit) als eigen lijsten. Bestand › Importeren… leest ze weer in.</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>JSON-documenten (*.json)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-bestanden (*.zip)</translation>
    </message>
    <message>
        <source>%1 export %2</source>
        <translation>%1 export %2</translation>
    </message>
    <message>
        <source>%1 already exists. Custodian does not overwrite files: choose another name.</source>
        <translation>%1 bestaat al. Custodian overschrijft geen bestanden: kies een andere naam.</translation>
    </message>
    <message>
        <source>Exported the register to %1 (state %2). The file is not encrypted.</source>
        <translation>Het register is geëxporteerd naar %1 (stand %2). Het bestand is niet versleuteld.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Activity versions for logging (LDV): a ZIP file of JSON</source>
        <translation>Vastgestelde versies voor logging (LDV): een ZIP-bestand met JSON</translation>
    </message>
    <message>
        <source>The established versions of the processing activities, a JSON file each with an index, for a logging back-end to resolve the URIs in its log lines (Logboek Dataverwerkingen). A version&apos;s file reads the same in every later export.</source>
        <translation>De vastgestelde versies van de verwerkingsactiviteiten, elk een JSON-bestand met een index, waarmee een logvoorziening de URI&apos;s in haar logregels kan opzoeken (Logboek Dataverwerkingen). Het bestand van een versie luidt in elke latere export hetzelfde.</translation>
    </message>
    <message>
        <source>%1 activity versions %2</source>
        <translation>%1 vastgestelde versies %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n established activity version(s) to %1 (state %2).</source>
        <translation>
            <numerusform>%n vastgestelde versie geëxporteerd naar %1 (stand %2).</numerusform>
            <numerusform>%n vastgestelde versies geëxporteerd naar %1 (stand %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dutch workbook: the register, agreements, breaches and requests</source>
        <translation>Nederlandse werkmap: het register, overeenkomsten, datalekken en verzoeken</translation>
    </message>
    <message>
        <source>Sheets with Dutch headers, as Dutch public bodies exchange their register: Organisatie, Verwerkingen, Bewaartermijnen, Verwerkersovereenkomsten, Verwerkingen als verwerker, Datalekken and Verzoeken (without requesters&apos; names or contact details). Imported back, a cell left as it was changes nothing.</source>
        <translation>Bladen met Nederlandse kolomkoppen, zoals Nederlandse overheden hun register uitwisselen: Organisatie, Verwerkingen, Bewaartermijnen, Verwerkersovereenkomsten, Verwerkingen als verwerker, Datalekken en Verzoeken (zonder namen of contactgegevens van verzoekers). Bij het terug importeren verandert een ongewijzigde cel niets.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ExtraFieldsPanel</name>
    <message>
        <source>Custodian&apos;s own lists</source>
        <translation>Lijsten van Custodian</translation>
    </message>
    <message>
        <source>ICO template</source>
        <translation>ICO-sjabloon</translation>
    </message>
    <message>
        <source>Columns of imported files that no field of the register takes, kept as they were. An export in the same layout writes them back. Copy what matters into the register&apos;s own fields, then remove it here.</source>
        <translation>Kolommen van geïmporteerde bestanden waarvoor het register geen veld heeft, bewaard zoals ze waren. Een export in dezelfde indeling schrijft ze terug. Neem over wat ertoe doet in de eigen velden van het register en verwijder het dan hier.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the chosen extra fields from the item (saved with the item)</source>
        <translation>De gekozen extra velden van het item verwijderen (opgeslagen met het item)</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::FieldRowList</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ga naar</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n bevinding</numerusform>
            <numerusform>%n bevindingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finding(s) shown</source>
        <translation>
            <numerusform>%1 van %n bevinding getoond</numerusform>
            <numerusform>%1 van %n bevindingen getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n error(s) to correct</source>
        <translation>
            <numerusform>%1; %n fout te corrigeren</numerusform>
            <numerusform>%1; %n fouten te corrigeren</numerusform>
        </translation>
    </message>
    <message>
        <source>What an auditor would ask about, across the register. Press Enter or double-click a finding to open the item it concerns.</source>
        <translation>Waar een auditor naar zou vragen, in het hele register. Druk op Enter of dubbelklik op een bevinding om het item te openen waarop die betrekking heeft.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Run the completeness check again, for today&apos;s date.</source>
        <translation>De volledigheidscontrole opnieuw uitvoeren, voor de datum van vandaag.</translation>
    </message>
    <message>
        <source>No findings: every activity and agreement has what an auditor asks for.</source>
        <translation>Geen bevindingen: elke activiteit en overeenkomst bevat wat een auditor vraagt.</translation>
    </message>
    <message>
        <source>Every severity</source>
        <translation>Alle ernstniveaus</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filter op ernst</translation>
    </message>
    <message>
        <source>Every kind of item</source>
        <translation>Alle soorten items</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filter op soort</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::FindingsSummary</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n opmerking</numerusform>
            <numerusform>%n opmerkingen</numerusform>
        </translation>
    </message>
    <message>
        <source>What an auditor would ask: %1</source>
        <translation>Wat een auditor zou vragen: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Hide the findings</source>
        <translation>De bevindingen verbergen</translation>
    </message>
    <message>
        <source>Show the findings</source>
        <translation>De bevindingen tonen</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::FindingsTableModel</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Processor activity</source>
        <translation>Verwerking als verwerker</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Our organisation</source>
        <translation>Eigen organisatie</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>What an auditor would ask</source>
        <translation>Wat een auditor zou vragen</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::FormBinder</name>
    <message>
        <source>This activity processes criminal-offence data (Art. 10)</source>
        <translation>Deze activiteit verwerkt strafrechtelijke persoonsgegevens (art. 10 AVG)</translation>
    </message>
    <message>
        <source>This activity processes the BSN (UAVG art. 46)</source>
        <translation>Deze activiteit verwerkt het BSN (art. 46 UAVG)</translation>
    </message>
    <message>
        <source>Decisions based solely on automated processing (Art. 22)</source>
        <translation>Besluiten die uitsluitend op geautomatiseerde verwerking zijn gebaseerd (art. 22 AVG)</translation>
    </message>
    <message>
        <source>Profiling (Art. 4(4))</source>
        <translation>Profilering (art. 4 punt 4 AVG)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Niet geregeld</translation>
    </message>
    <message>
        <source>Includes data of children (Art. 8)</source>
        <translation>Bevat gegevens van kinderen (art. 8 AVG)</translation>
    </message>
    <message>
        <source>Partly from public sources (Art. 14(2)(f))</source>
        <translation>Deels uit openbare bronnen (art. 14 lid 2 onder f AVG)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <source>Systematic monitoring of a public area (Art. 35(3)(c))</source>
        <translation>Stelselmatige monitoring van openbare ruimte (art. 35 lid 3 onder c)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>Disclosed to no one</source>
        <translation>Aan niemand verstrekt</translation>
    </message>
    <message>
        <source>Includes special categories (Art. 9(1))</source>
        <translation>Bevat bijzondere categorieën (art. 9 lid 1 AVG)</translation>
    </message>
    <message>
        <source>Includes criminal-offence data (Art. 10)</source>
        <translation>Bevat strafrechtelijke persoonsgegevens (art. 10 AVG)</translation>
    </message>
    <message>
        <source>Includes the BSN (UAVG art. 46)</source>
        <translation>Bevat het BSN (art. 46 UAVG)</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Niet gekozen</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Nog niet bekend</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Nog niet beslist</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>No: handled normally</source>
        <translation>Nee: gewoon afgehandeld</translation>
    </message>
    <message>
        <source>Describe this activity in the privacy statement</source>
        <translation>Deze verwerking beschrijven in de privacyverklaring</translation>
    </message>
    <message>
        <source>Name the DPO in the privacy statement</source>
        <translation>De FG bij naam noemen in de privacyverklaring</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>The activity serves direct marketing</source>
        <translation>De verwerking dient voor direct marketing</translation>
    </message>
    <message>
        <source>Gone when the browser is closed</source>
        <translation>Verdwijnt als de browser wordt gesloten</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Buiten gebruik gesteld</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Geschiedenis van “%1”</translation>
    </message>
    <message>
        <source>No changes have been recorded for this item yet.</source>
        <translation>Voor dit item zijn nog geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <source>Every change to this item, newest first, as recorded in the register&apos;s audit trail in the same transaction as the change itself.</source>
        <translation>Elke wijziging van dit item, nieuwste eerst, zoals vastgelegd in de wijzigingsgeschiedenis van het register, in dezelfde transactie als de wijziging zelf.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Persoonsgegevens gewist</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) in this period</source>
        <translation>
            <numerusform>%1 van %n wijziging in deze periode</numerusform>
            <numerusform>%1 van %n wijzigingen in deze periode</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Teruggezet uit een back-up</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ImportWizard</name>
    <message>
        <source>Choose what to import</source>
        <translation>Kies wat u wilt importeren</translation>
    </message>
    <message>
        <source>An Excel workbook, a CSV file, a folder or ZIP file of them, or a JSON export of a register. Nothing is changed until the last step.</source>
        <translation>Een Excel-werkmap, een CSV-bestand, een map of ZIP-bestand daarmee, of een JSON-export van een register. Tot de laatste stap verandert er niets.</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>&amp;Map kiezen…</translation>
    </message>
    <message>
        <source>Custodian&apos;s lists (headers in Dutch or English)</source>
        <translation>De lijsten van Custodian (kolomkoppen in het Nederlands of Engels)</translation>
    </message>
    <message>
        <source>ICO template: a record of processing in its columns</source>
        <translation>ICO-sjabloon: een verwerkingsregister in de kolommen ervan</translation>
    </message>
    <message>
        <source>&amp;Import from:</source>
        <translation>&amp;Importeren uit:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>In&amp;deling:</translation>
    </message>
    <message>
        <source>Items are matched to the register&apos;s by their ID, else by their name: importing the same file twice adds nothing twice. Parties and retention rules a row names that the register lacks are created.</source>
        <translation>Items worden aan die van het register gekoppeld op hun ID, anders op hun naam: wie hetzelfde bestand twee keer importeert, voegt niets dubbel toe. Partijen en bewaarregels die een rij noemt en die het register nog niet heeft, worden aangemaakt.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Registers and lists (*.xlsx *.csv *.zip *.json);;All files (*)</source>
        <translation>Registers en lijsten (*.xlsx *.csv *.zip *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Controleer de kolommen</translation>
    </message>
    <message>
        <source>Leave this list out</source>
        <translation>Deze lijst overslaan</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Komt in</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Eerste rijen</translation>
    </message>
    <message>
        <source>This list holds:</source>
        <translation>Deze lijst bevat:</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(overslaan)</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Proefimport</translation>
    </message>
    <message>
        <source>Everything was checked and nothing was changed. With an error nothing can be imported: correct the file, or the columns, and try again.</source>
        <translation>Alles is gecontroleerd en er is niets veranderd. Bij een fout kan er niets worden geïmporteerd: verbeter het bestand of de kolommen en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found: nothing can be imported.</source>
        <translation>
            <numerusform>%n fout gevonden: er kan niets worden geïmporteerd.</numerusform>
            <numerusform>%n fouten gevonden: er kan niets worden geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged</source>
        <translation>%1: %2 nieuw, %3 gewijzigd, %4 ongewijzigd</translation>
    </message>
    <message numerus="yes">
        <source>The import would create %n item(s) and change %1, each with a history entry:</source>
        <translation>
            <numerusform>De import zou %n item aanmaken en %1 wijzigen, elk met een vermelding in de geschiedenis:</numerusform>
            <numerusform>De import zou %n items aanmaken en %1 wijzigen, elk met een vermelding in de geschiedenis:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new item(s) and changed %1, each with a history entry.</source>
        <translation>
            <numerusform>%n nieuw item geïmporteerd en %1 gewijzigd, elk met een vermelding in de geschiedenis.</numerusform>
            <numerusform>%n nieuwe items geïmporteerd en %1 gewijzigd, elk met een vermelding in de geschiedenis.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 cannot be read as lists:</source>
        <translation>%1 kan niet als lijsten worden gelezen:</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Er is geen register geopend.</translation>
    </message>
    <message>
        <source>The dry run was stopped. Choose Back, then Next, to check the file again.</source>
        <translation>De proefimport is gestopt. Kies Terug en dan Volgende om het bestand opnieuw te controleren.</translation>
    </message>
    <message>
        <source>Checking the file (nothing is written)…</source>
        <translation>Het bestand wordt gecontroleerd (er wordt niets opgeslagen)…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Each list as the import understands it: which kind of item it holds and which field each column goes into. Change what is wrong. A column no field takes is kept on each item as an extra field, unless you leave it out.</source>
        <translation>Elke lijst zoals de import hem begrijpt: welk soort items hij bevat en in welk veld elke kolom komt. Verander wat niet klopt. Een kolom waarvoor geen veld is, wordt bij elk item bewaard als extra veld, tenzij u hem weglaat.</translation>
    </message>
    <message>
        <source>(keep as an extra field)</source>
        <translation>(bewaren als extra veld)</translation>
    </message>
    <message>
        <source>Dutch workbook: Verwerkingen, Verwerkersovereenkomsten, Datalekken, …</source>
        <translation>Nederlandse werkmap: Verwerkingen, Verwerkersovereenkomsten, Datalekken, …</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::JointControllerTable</name>
    <message>
        <source>(no party chosen)</source>
        <translation>(geen partij gekozen)</translation>
    </message>
    <message>
        <source>Unknown party</source>
        <translation>Onbekende partij</translation>
    </message>
    <message>
        <source>No arrangement recorded</source>
        <translation>Geen regeling vastgelegd</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <source>Add joint controller</source>
        <translation>Partij toevoegen</translation>
    </message>
    <message>
        <source>Remove joint controller</source>
        <translation>Partij verwijderen</translation>
    </message>
    <message>
        <source>No joint controllers: the organisation decides on this processing alone. Add a party that determines its purposes and means together with you.</source>
        <translation>Geen gezamenlijke verwerkingsverantwoordelijken: de organisatie beslist alleen over deze verwerking. Voeg een partij toe die samen met u de doeleinden en middelen bepaalt.</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Partij:</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Nog niet gekozen</translation>
    </message>
    <message>
        <source>New party…</source>
        <translation>Nieuwe partij…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ga naar</translation>
    </message>
    <message>
        <source>Arrangement:</source>
        <translation>Regeling:</translation>
    </message>
    <message>
        <source>e.g. Covenant of 12 March 2025, clause 4</source>
        <translation>bijv. convenant van 12 maart 2025, artikel 4</translation>
    </message>
    <message>
        <source>Essence (Art. 26(2)):</source>
        <translation>Wezenlijke inhoud (art. 26 lid 2 AVG):</translation>
    </message>
    <message>
        <source>Who informs the data subjects, who answers their requests, …</source>
        <translation>Wie de betrokkenen informeert, wie hun verzoeken beantwoordt, …</translation>
    </message>
    <message>
        <source>Essence of the arrangement</source>
        <translation>Wezenlijke inhoud van de regeling</translation>
    </message>
    <message>
        <source>Contact point:</source>
        <translation>Contactpunt:</translation>
    </message>
    <message>
        <source>Where data subjects can turn, e.g. privacy@example.org</source>
        <translation>Waar betrokkenen terechtkunnen, bijv. privacy@example.org</translation>
    </message>
    <message>
        <source>Contact point for data subjects</source>
        <translation>Contactpunt voor betrokkenen</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::LegalHoldEditor</name>
    <message>
        <source>New legal hold</source>
        <translation>Nieuwe bewaarblokkade</translation>
    </message>
    <message>
        <source>Legal hold without a title</source>
        <translation>Bewaarblokkade zonder titel</translation>
    </message>
    <message>
        <source>Released on %1: deletion goes on as the retention rule says.</source>
        <translation>Opgeheven op %1: de verwijdering gaat door zoals de bewaarregel zegt.</translation>
    </message>
    <message>
        <source>Starts on %1.</source>
        <translation>Gaat in op %1.</translation>
    </message>
    <message>
        <source>Active. Enter the day it started: it is reviewed at least once a year.</source>
        <translation>Actief. Vul de dag in waarop ze inging: ze wordt minstens eens per jaar herbeoordeeld.</translation>
    </message>
    <message>
        <source>Active. The yearly review was due on %1.</source>
        <translation>Actief. De jaarlijkse herbeoordeling was uiterlijk %1.</translation>
    </message>
    <message>
        <source>Active. The next review is due on %1.</source>
        <translation>Actief. De volgende herbeoordeling is uiterlijk %1.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Not active</source>
        <translation>Niet actief</translation>
    </message>
    <message>
        <source>Choose a legal hold in the list, or create a new one.</source>
        <translation>Kies een bewaarblokkade in de lijst, of maak een nieuwe.</translation>
    </message>
    <message>
        <source>Legal hold — Art. 17(3)(e) GDPR</source>
        <translation>Bewaarblokkade (legal hold) — art. 17 lid 3 onder e AVG</translation>
    </message>
    <message>
        <source>Deletion suspended for particular people or records, for a dispute, claim, inquiry or audit.</source>
        <translation>Verwijdering opgeschort voor bepaalde personen of gegevens, voor een geschil, claim, onderzoek of audit.</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Waarvoor ze geldt</translation>
    </message>
    <message>
        <source>Everything the hold does not cover is still deleted on time (Art. 5(1)(e)).</source>
        <translation>Alles waarvoor de bewaarblokkade niet geldt, wordt nog steeds op tijd verwijderd (art. 5 lid 1 onder e).</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastlegging</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Bewaarblokkade</translation>
    </message>
    <message>
        <source>e.g. Dismissal dispute in the sales team</source>
        <translation>bijv. Ontslaggeschil in het verkoopteam</translation>
    </message>
    <message>
        <source>e.g. the lawyer&apos;s case number</source>
        <translation>bijv. het zaaknummer van de advocaat</translation>
    </message>
    <message>
        <source>Whose data and which records, e.g. &quot;the personnel file and e-mail of the employee concerned, and the team&apos;s sales reports of 2025&quot;</source>
        <translation>Wiens gegevens en welke stukken, bijv. &quot;het personeelsdossier en de e-mail van de betrokken medewerker, en de verkooprapporten van het team over 2025&quot;</translation>
    </message>
    <message>
        <source>The dispute, claim, inquiry or audit, and who asked for the hold</source>
        <translation>Het geschil, de claim, het onderzoek of de audit, en wie om de blokkade vroeg</translation>
    </message>
    <message>
        <source>Reviews, who decided, where the records are kept</source>
        <translation>Herbeoordelingen, wie besloot, waar de stukken worden bewaard</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ga naar</translation>
    </message>
    <message>
        <source>Confirm at least once a year that the hold is still needed; release it when the case is closed.</source>
        <translation>Bevestig minstens eens per jaar dat de bewaarblokkade nog nodig is; hef ze op zodra de zaak is afgesloten.</translation>
    </message>
    <message>
        <source>From this day deletion goes on as the retention rule says.</source>
        <translation>Vanaf deze dag gaat de verwijdering door zoals de bewaarregel zegt.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::LegalHoldsPage</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Geldt voor</translation>
    </message>
    <message>
        <source>The retention rule and the processing activity</source>
        <translation>De bewaarregel en de verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Ingegaan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Herbeoordeling</translation>
    </message>
    <message>
        <source>A hold is reviewed at least once a year</source>
        <translation>Een bewaarblokkade wordt minstens eens per jaar herbeoordeeld</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Bewaarblokkades</translation>
    </message>
    <message>
        <source>Unknown rule</source>
        <translation>Onbekende bewaarregel</translation>
    </message>
    <message>
        <source>Unknown activity</source>
        <translation>Onbekende verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Released on %1</source>
        <translation>Opgeheven op %1</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>Gaat in op %1</translation>
    </message>
    <message>
        <source>%1 — review overdue</source>
        <translation>%1 — herbeoordeling te laat</translation>
    </message>
    <message>
        <source>No legal holds. When a dispute, claim, inquiry or audit requires keeping data past its retention period, record a hold here for just the people and records involved: choose “New legal hold”.</source>
        <translation>Geen bewaarblokkades. Moeten gegevens voor een geschil, claim, onderzoek of audit langer worden bewaard dan de bewaartermijn, leg dan hier een blokkade vast voor alleen de betrokken personen en gegevens: kies “Nieuwe bewaarblokkade”.</translation>
    </message>
    <message>
        <source>&amp;New legal hold</source>
        <translation>&amp;Nieuwe bewaarblokkade</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Delete legal hold</source>
        <translation>Bewaarblokkade verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1”? Only delete a hold entered by mistake: a hold that has ended is released by entering the day it ended, so that the register shows it was kept and why. The history keeps a record either way.</source>
        <translation>“%1” verwijderen? Verwijder alleen een bewaarblokkade die per vergissing is ingevoerd: een beëindigde blokkade hef je op door de einddatum in te vullen, zodat het register laat zien dat en waarom gegevens werden bewaard. De geschiedenis bewaart in beide gevallen een vermelding.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::LetterDialog</name>
    <message>
        <source>Letter not saved</source>
        <translation>Brief niet opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Save with the case</source>
        <translation>&amp;Opslaan bij de zaak</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Saves the letter as an OpenDocument text (ODT) to edit further, or as a PDF.</source>
        <translation>Slaat de brief op als OpenDocument-tekst (ODT) om verder te bewerken, of als pdf.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Title of the letter</source>
        <translation>Titel van de brief</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Written in %1 from the register. Check it and change what you like, then save it with the case.</source>
        <translation>In het %1 geschreven vanuit het register. Controleer de brief en pas aan wat u wilt; sla hem dan op bij de zaak.</translation>
    </message>
    <message>
        <source>Written in %1; saved with the case on %2.</source>
        <translation>In het %1 geschreven; opgeslagen bij de zaak op %2.</translation>
    </message>
    <message numerus="yes">
        <source>The register does not hold %n detail(s) this letter needs; they are marked in square brackets: %1. Fill them in before the letter goes out.</source>
        <translation>
            <numerusform>Het register bevat %n gegeven niet dat deze brief nodig heeft; het staat tussen vierkante haken: %1. Vul het in voordat de brief verstuurd wordt.</numerusform>
            <numerusform>Het register bevat %n gegevens niet die deze brief nodig heeft; ze staan tussen vierkante haken: %1. Vul ze in voordat de brief verstuurd wordt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (niet opgeslagen)</translation>
    </message>
    <message>
        <source>The letter could not be written to %1. Nothing was written.</source>
        <translation>De brief kon niet naar %1 worden geschreven. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Export letter</source>
        <translation>Brief exporteren</translation>
    </message>
    <message>
        <source>Letter not exported</source>
        <translation>Brief niet geëxporteerd</translation>
    </message>
    <message>
        <source>Save the letter?</source>
        <translation>Brief opslaan?</translation>
    </message>
    <message>
        <source>The letter “%1” has changes that are not saved with the case.</source>
        <translation>De brief ‘%1’ heeft wijzigingen die niet bij de zaak zijn opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::LetterPanel</name>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Letter not made</source>
        <translation>Brief niet gemaakt</translation>
    </message>
    <message>
        <source>Delete letter</source>
        <translation>Brief verwijderen</translation>
    </message>
    <message>
        <source>Delete the letter “%1” from the case?</source>
        <translation>De brief ‘%1’ uit de zaak verwijderen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Letter not deleted</source>
        <translation>Brief niet verwijderd</translation>
    </message>
    <message>
        <source>Write letter…</source>
        <translation>Brief schrijven…</translation>
    </message>
    <message>
        <source>Writes a letter from the register&apos;s templates, in %1: the letter opens to check and change before it is saved with the case.</source>
        <translation>Schrijft een brief vanuit de sjablonen van het register, in het %1: de brief opent om te controleren en aan te passen voordat hij bij de zaak wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Save the case first to write its letters.</source>
        <translation>Sla de zaak eerst op om er brieven voor te schrijven.</translation>
    </message>
    <message>
        <source>Letters saved with the case:</source>
        <translation>Brieven opgeslagen bij de zaak:</translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation>Sla de zaak eerst op</translation>
    </message>
    <message>
        <source>A letter is written from the case as it is saved. Save your changes first, then write the letter.</source>
        <translation>Een brief wordt geschreven vanuit de zaak zoals die is opgeslagen. Sla uw wijzigingen eerst op en schrijf dan de brief.</translation>
    </message>
    <message>
        <source>No processor instructed is recorded on the Handling page</source>
        <translation>Er is geen geïnstrueerde verwerker vastgelegd op de pagina Afhandeling</translation>
    </message>
    <message>
        <source>No recipient told is recorded on the Handling page</source>
        <translation>Er is geen geïnformeerde ontvanger vastgelegd op de pagina Afhandeling</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::LetterTemplatesDialog</name>
    <message>
        <source>Template not saved</source>
        <translation>Sjabloon niet opgeslagen</translation>
    </message>
    <message>
        <source>Use the built-in text</source>
        <translation>De ingebouwde tekst gebruiken</translation>
    </message>
    <message>
        <source>Replace the register&apos;s own text of this template with Custodian&apos;s built-in text?</source>
        <translation>De eigen tekst van dit sjabloon in het register vervangen door de ingebouwde tekst van Custodian?</translation>
    </message>
    <message>
        <source>Use built-in text</source>
        <translation>Ingebouwde tekst gebruiken</translation>
    </message>
    <message>
        <source>Template not changed</source>
        <translation>Sjabloon niet gewijzigd</translation>
    </message>
    <message>
        <source>Shared part: %1</source>
        <translation>Gedeeld onderdeel: %1</translation>
    </message>
    <message>
        <source>letterhead</source>
        <translation>briefhoofd</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>afsluiting</translation>
    </message>
    <message>
        <source>remedies</source>
        <translation>rechtsmiddelen</translation>
    </message>
    <message>
        <source>%1 (own text)</source>
        <translation>%1 (eigen tekst)</translation>
    </message>
    <message>
        <source>Template not read</source>
        <translation>Sjabloon niet gelezen</translation>
    </message>
    <message>
        <source>No mistakes: every tag is closed and every value exists in the letters that use it.</source>
        <translation>Geen fouten: elke tag is gesloten en elke waarde bestaat in de brieven die het sjabloon gebruiken.</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Gewijzigd, nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>This register uses its own text.</source>
        <translation>Dit register gebruikt een eigen tekst.</translation>
    </message>
    <message>
        <source>Custodian&apos;s built-in text. Change it to use your own.</source>
        <translation>De ingebouwde tekst van Custodian. Pas hem aan om een eigen tekst te gebruiken.</translation>
    </message>
    <message>
        <source>Save the template?</source>
        <translation>Sjabloon opslaan?</translation>
    </message>
    <message>
        <source>The template has changes that are not saved.</source>
        <translation>Het sjabloon heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Letter templates: the syntax and the values</source>
        <translation>Briefsjablonen: de opbouw en de waarden</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Briefsjablonen</translation>
    </message>
    <message>
        <source>Language of the template</source>
        <translation>Taal van het sjabloon</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Tekst van het sjabloon</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Use &amp;built-in text</source>
        <translation>&amp;Ingebouwde tekst gebruiken</translation>
    </message>
    <message>
        <source>S&amp;yntax…</source>
        <translation>Op&amp;bouw…</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::LinkChecklist</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (buiten gebruik)</translation>
    </message>
    <message>
        <source>Unknown item (no longer in the register)</source>
        <translation>Onbekend item (niet meer in het register)</translation>
    </message>
    <message>
        <source>The linked item was removed from the register. Untick it to drop the link.</source>
        <translation>Het gekoppelde item is uit het register verwijderd. Vink het uit om de koppeling op te heffen.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ListFilterBar</name>
    <message>
        <source>Every owner</source>
        <translation>Alle eigenaren</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Show only items with completeness findings (errors or warnings).</source>
        <translation>Alleen items met bevindingen uit de volledigheidscontrole tonen (fouten of waarschuwingen).</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filter op eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Te herzien</translation>
    </message>
    <message>
        <source>Show only items whose review or expiry date has passed or is near.</source>
        <translation>Alleen items tonen waarvan de datum van herbeoordeling of afloop verstreken of nabij is.</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Buiten gebruik gestelde tonen</translation>
    </message>
    <message>
        <source>Also list items that were retired: they are kept for the history of the register but no longer offered for new links.</source>
        <translation>Ook items tonen die buiten gebruik zijn gesteld: ze blijven bewaard voor de geschiedenis van het register, maar worden niet meer aangeboden voor nieuwe koppelingen.</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::LockScreen</name>
    <message>
        <source>Enter the passphrase of this register.</source>
        <translation>Voer de wachtzin van dit register in.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <source>%1 is locked</source>
        <translation>%1 is vergrendeld</translation>
    </message>
    <message>
        <source>The register file is closed. Enter the passphrase to go on where you were.</source>
        <translation>Het registerbestand is gesloten. Voer de wachtzin in om verder te gaan waar u was.</translation>
    </message>
    <message>
        <source>%1 The register file is closed. Enter the passphrase to go on where you were.</source>
        <translation>%1 Het registerbestand is gesloten. Voer de wachtzin in om verder te gaan waar u was.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Your unsaved changes are kept: unlock to save them.</source>
        <translation>Uw niet-opgeslagen wijzigingen blijven bewaard: ontgrendel om ze op te slaan.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Close register</source>
        <translation>Register s&amp;luiten</translation>
    </message>
    <message>
        <source>This is the demo register; its passphrase is:</source>
        <translation>Dit is het demoregister; de wachtzin is:</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Nieuw register…</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>Register &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtzin wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Close register</source>
        <translation>Register s&amp;luiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Custodian</source>
        <translation>&amp;Over Custodian</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>No register open</source>
        <translation>Geen register geopend</translation>
    </message>
    <message>
        <source>%1 — unlocked</source>
        <translation>%1 — ontgrendeld</translation>
    </message>
    <message>
        <source>last saved at %1</source>
        <translation>laatst opgeslagen om %1</translation>
    </message>
    <message>
        <source>The open register has unsaved changes.</source>
        <translation>Het geopende register heeft niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <source>Passphrase not remembered</source>
        <translation>Wachtzin niet onthouden</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>The register has unsaved changes. Save them before closing?</source>
        <translation>Het register heeft niet-opgeslagen wijzigingen. Wijzigingen opslaan voor het sluiten?</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Register openen</translation>
    </message>
    <message>
        <source>Custodian registers (*.custodian);;All files (*)</source>
        <translation>Custodian-registers (*.custodian);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <source>About Custodian</source>
        <translation>Over Custodian</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Custodian %1&lt;/h3&gt;&lt;p&gt;A GDPR register for privacy officers, kept in one encrypted file.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Custodian developers. Licensed under the GNU General Public License, version 3 or later; the source code is at &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), SQLCipher (BSD-3-Clause), SQLite (public domain), QtKeychain (BSD-3-Clause) and OpenSSL (Apache-2.0); their notices are in THIRD-PARTY-NOTICES.md.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Custodian %1&lt;/h3&gt;&lt;p&gt;Een AVG-register voor privacy officers, bewaard in één versleuteld bestand.&lt;/p&gt;&lt;p&gt;Copyright © 2026 de ontwikkelaars van Custodian. Uitgegeven onder de GNU General Public License, versie 3 of later; de broncode staat op &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2 (LGPL-3.0), SQLCipher (BSD-3-Clause), SQLite (publiek domein), QtKeychain (BSD-3-Clause) en OpenSSL (Apache-2.0); hun licentieteksten staan in THIRD-PARTY-NOTICES.md.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explore the &amp;demo register</source>
        <translation>&amp;Demoregister verkennen</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <source>Demo register</source>
        <translation>Demoregister</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (alleen-lezen)</translation>
    </message>
    <message>
        <source>%1 — unlocked, read-only</source>
        <translation>%1 — ontgrendeld, alleen-lezen</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <source>The register is open read-only: its passphrase can only be changed where it is open for writing.</source>
        <translation>Het register is alleen-lezen geopend: de wachtzin kan alleen worden gewijzigd als het register om te bewerken is geopend.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>De wachtzin wordt gewijzigd…</translation>
    </message>
    <message>
        <source>Writing the register under the new passphrase…</source>
        <translation>Het register wordt met de nieuwe wachtzin weggeschreven…</translation>
    </message>
    <message>
        <source>Checking that the new passphrase opens the copy…</source>
        <translation>Er wordt gecontroleerd dat de nieuwe wachtzin de kopie opent…</translation>
    </message>
    <message>
        <source>Putting the re-encrypted register in place…</source>
        <translation>Het opnieuw versleutelde register wordt op zijn plaats gezet…</translation>
    </message>
    <message>
        <source>The passphrase has been changed. The register now opens with the new passphrase only; copies you made earlier still open with the old one.</source>
        <translation>De wachtzin is gewijzigd. Het register opent nu alleen nog met de nieuwe wachtzin; kopieën die u eerder maakte, openen nog met de oude.</translation>
    </message>
    <message>
        <source>%1 — %2[*]</source>
        <translation>%1 — %2[*]</translation>
    </message>
    <message>
        <source>%1: %2 — %3[*]</source>
        <translation>%1: %2 — %3[*]</translation>
    </message>
    <message>
        <source>New &amp;item</source>
        <translation>Nieuw &amp;item</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Vergrendeld na %n minuut zonder gebruik.</numerusform>
            <numerusform>Vergrendeld na %n minuten zonder gebruik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Vergrendeld omdat het scherm werd vergrendeld.</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Vergrendeld — %1</translation>
    </message>
    <message>
        <source>%1 — locked</source>
        <translation>%1 — vergrendeld</translation>
    </message>
    <message>
        <source>The register is locked and has unsaved changes. Close it without saving them? To keep them, unlock the register and save.</source>
        <translation>Het register is vergrendeld en heeft niet-opgeslagen wijzigingen. Sluiten zonder ze op te slaan? Ontgrendel het register en sla op om ze te bewaren.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
    <message>
        <source>The register was changed elsewhere while it was locked. Save or revert your unsaved changes, then reopen the register to see the other changes.</source>
        <translation>Het register is elders gewijzigd terwijl het vergrendeld was. Sla uw niet-opgeslagen wijzigingen op of maak ze ongedaan en open het register opnieuw om de andere wijzigingen te zien.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Recent registers</source>
        <translation>&amp;Recente registers</translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <source>No recent registers</source>
        <translation>Geen recente registers</translation>
    </message>
    <message>
        <source>&amp;Export deadlines…</source>
        <translation>&amp;Termijnen exporteren…</translation>
    </message>
    <message>
        <source>Save the deadlines of requests, breaches, agreements and reviews as a calendar file (.ics), with reminders, for Outlook, Thunderbird or any calendar.</source>
        <translation>Bewaar de termijnen van verzoeken, datalekken, overeenkomsten en herzieningen als agendabestand (.ics), met herinneringen, voor Outlook, Thunderbird of een andere agenda.</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Er is geen register geopend.</translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation>Termijnen exporteren</translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation>termijnen</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) saved to %1.</source>
        <translation>
            <numerusform>%n termijn bewaard in %1.</numerusform>
            <numerusform>%n termijnen bewaard in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup was kept as %1.</source>
        <translation>Er is een back-up bewaard als %1.</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatische back-up</translation>
    </message>
    <message>
        <source>No backup could be kept of the register just closed: %1 The register itself is as you left it.</source>
        <translation>Van het zojuist gesloten register kon geen back-up worden bewaard: %1 Het register zelf is zoals u het achterliet.</translation>
    </message>
    <message>
        <source>Save a c&amp;opy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <source>Save an encrypted copy of the register, with the same passphrase, while it stays open; the copy is opened once to prove it.</source>
        <translation>Sla een versleutelde kopie van het register op, met dezelfde wachtzin, terwijl het open blijft; de kopie wordt één keer geopend als bewijs.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Back-up terug&amp;zetten…</translation>
    </message>
    <message>
        <source>Restore an automatic backup or a copy as a new register file.</source>
        <translation>Zet een automatische back-up of een kopie terug als nieuw registerbestand.</translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation>%1 kopie %2</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <source>Custodian registers (*.custodian)</source>
        <translation>Custodian-registers (*.custodian)</translation>
    </message>
    <message>
        <source>Saved a copy as %1 (state %2); it opens with the register&apos;s passphrase.</source>
        <translation>Kopie opgeslagen als %1 (stand %2); die opent met de wachtzin van het register.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>The backup was restored as %1, and its history records the restore. Open it now in place of the register open now?</source>
        <translation>De back-up is teruggezet als %1, en de geschiedenis legt het terugzetten vast. Nu openen in plaats van het register dat nu open is?</translation>
    </message>
    <message>
        <source>Add and update items from a workbook, CSV files (our lists or the ICO template) or a JSON export, after a dry run.</source>
        <translation>Items toevoegen en bijwerken uit een werkmap, CSV-bestanden (onze lijsten of het ICO-sjabloon) of een JSON-export, na een proefimport.</translation>
    </message>
    <message>
        <source>Write the register as an Excel workbook, CSV files or a JSON document, in Dutch or English.</source>
        <translation>Het register wegschrijven als Excel-werkmap, CSV-bestanden of JSON-document, in het Nederlands of Engels.</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mporteren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Print the register for an auditor, or save it as PDF/A, in Dutch or English.</source>
        <translation>Het register afdrukken voor een auditor, of opslaan als PDF/A, in het Nederlands of het Engels.</translation>
    </message>
    <message>
        <source>Repor&amp;ts and printing…</source>
        <translation>Ra&amp;pporten en afdrukken…</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::MeasureEditor</name>
    <message>
        <source>Nothing applies a new measure yet.</source>
        <translation>Een nieuwe maatregel wordt nog nergens toegepast.</translation>
    </message>
    <message>
        <source>No processing activity or agreement applies this measure.</source>
        <translation>Geen enkele verwerkingsactiviteit of overeenkomst past deze maatregel toe.</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nieuwe maatregel</translation>
    </message>
    <message>
        <source>This measure is retired: it stays in the register&apos;s history but is no longer offered for new links. Use “Restore” to offer it again.</source>
        <translation>Deze maatregel is buiten gebruik gesteld: hij blijft in de geschiedenis van het register, maar wordt niet meer aangeboden voor nieuwe koppelingen. Gebruik “Terugzetten” om hem weer aan te bieden.</translation>
    </message>
    <message>
        <source>Technical and organisational measure — Art. 32, Art. 30(1)(g)</source>
        <translation>Technische en organisatorische maatregel — art. 32 en art. 30 lid 1 onder g AVG</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Gebruikt door</translation>
    </message>
    <message>
        <source>e.g. Encryption of the application database</source>
        <translation>bijv. Versleuteling van de applicatiedatabase</translation>
    </message>
    <message>
        <source>What the measure does and where it applies, in words an auditor can check: for example &quot;AES-256 encryption at rest of the production database; keys in the hosting provider&apos;s key vault, rotated yearly&quot;.</source>
        <translation>Wat de maatregel doet en waar die geldt, in woorden die een auditor kan controleren: bijvoorbeeld &quot;AES-256-versleuteling van de opgeslagen productiedatabase; sleutels in de sleutelkluis van de hostingprovider, jaarlijks vervangen&quot;.</translation>
    </message>
    <message>
        <source>Technical: in the systems (encryption, access control, backups). Organisational: in the way people work (policies, training, confidentiality agreements).</source>
        <translation>Technisch: in de systemen (versleuteling, toegangsbeheer, back-ups). Organisatorisch: in de manier van werken (beleid, training, geheimhoudingsovereenkomsten).</translation>
    </message>
    <message>
        <source>Choose a measure in the list, or create a new one.</source>
        <translation>Kies een maatregel in de lijst, of maak een nieuwe.</translation>
    </message>
    <message>
        <source>Processing activities, processor activities and agreements that apply this measure. Press Enter or double-click to open one.</source>
        <translation>Verwerkingsactiviteiten, verwerkingen als verwerker en overeenkomsten die deze maatregel toepassen. Druk op Enter of dubbelklik om er een te openen.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>e.g. &quot;Your data is stored encrypted.&quot; Leave empty to keep the measure internal.</source>
        <translation>bijv. &quot;Uw gegevens worden versleuteld opgeslagen.&quot; Laat leeg om de maatregel intern te houden.</translation>
    </message>
    <message>
        <source>The privacy statement describes security in general terms; it never needs the details.</source>
        <translation>De privacyverklaring beschrijft de beveiliging in algemene termen; de details horen er niet in.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::MeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Restore measure</source>
        <translation>Maatregel terugzetten</translation>
    </message>
    <message>
        <source>Retire measure</source>
        <translation>Maatregel buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Nothing applies it. Retiring keeps it in the register&apos;s history and lets you restore it later; deleting removes it for good (the audit trail keeps a record of it).</source>
        <translation>Niets past de maatregel toe. Buiten gebruik stellen bewaart hem in de geschiedenis van het register, zodat terugzetten later kan; verwijderen haalt hem definitief weg (de wijzigingsgeschiedenis houdt er een vermelding van bij).</translation>
    </message>
    <message>
        <source>No measures yet. Describe each technical and organisational measure once (Art. 32): encryption of the database, access control, backups, confidentiality agreements, training. Activities and agreements then link to them. Start with “New measure”.</source>
        <translation>Nog geen maatregelen. Beschrijf elke technische en organisatorische maatregel één keer (art. 32 AVG): versleuteling van de database, toegangsbeheer, back-ups, geheimhoudingsovereenkomsten, training. Activiteiten en overeenkomsten verwijzen daar vervolgens naar. Begin met “Nieuwe maatregel”.</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nieuwe maatregel</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the register (activities or agreements) apply it and keep doing so. The measure stays in their history and in the audit trail, but is no longer offered for new links. You can restore it later.</source>
        <translation>
            <numerusform>%n onderdeel van het register (activiteit of overeenkomst) past haar toe en blijft dat doen. De maatregel blijft in hun geschiedenis en in de wijzigingsgeschiedenis staan, maar wordt niet meer aangeboden voor nieuwe koppelingen. Terugzetten kan later.</numerusform>
            <numerusform>%n onderdelen van het register (activiteiten of overeenkomsten) passen haar toe en blijven dat doen. De maatregel blijft in hun geschiedenis en in de wijzigingsgeschiedenis staan, maar wordt niet meer aangeboden voor nieuwe koppelingen. Terugzetten kan later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Gebruikt door</translation>
    </message>
    <message>
        <source>How many processing activities, processor activities and agreements apply the measure</source>
        <translation>Hoeveel verwerkingsactiviteiten, verwerkingen als verwerker en overeenkomsten de maatregel toepassen</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the register (activities or agreements) apply this measure.</source>
        <translation>
            <numerusform>%n onderdeel van het register (activiteit of overeenkomst) past deze maatregel toe.</numerusform>
            <numerusform>%n onderdelen van het register (activiteiten of overeenkomsten) passen deze maatregel toe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::MomentField</name>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>%1: set a day and time</source>
        <translation>%1: dag en tijd instellen</translation>
    </message>
    <message>
        <source>Tick to set the day and time (on this computer&apos;s clock); clear to leave it not set.</source>
        <translation>Vink aan om de dag en tijd in te stellen (volgens de klok van deze computer); vink uit om geen tijdstip in te stellen.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::NoticeTable</name>
    <message>
        <source>computed on save</source>
        <translation>berekend bij opslaan</translation>
    </message>
    <message>
        <source>%1 — passed</source>
        <translation>%1 — verstreken</translation>
    </message>
    <message>
        <source>Notices of intended changes of sub-processors. The objection deadline is computed when you save.</source>
        <translation>Meldingen van voorgenomen wijzigingen in de subverwerkers. Het einde van de termijn voor bezwaar wordt bij het opslaan berekend.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Objection deadline</source>
        <translation>Einde termijn</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslist op</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Add notice</source>
        <translation>Melding toevoegen</translation>
    </message>
    <message>
        <source>Remove notice</source>
        <translation>Melding verwijderen</translation>
    </message>
    <message>
        <source>Computed when you save, from the day the notice was sent or received and the objection window, counted as the agreement says (calendar days unless set otherwise on this page).</source>
        <translation>Wordt bij het opslaan berekend uit de dag van verzending of ontvangst van de melding en de termijn voor bezwaar, geteld zoals de overeenkomst bepaalt (kalenderdagen, tenzij op deze pagina anders is ingesteld).</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verzonden op</translation>
    </message>
    <message>
        <source>Received by the controller on</source>
        <translation>Ontvangen door de verwerkingsverantwoordelijke op</translation>
    </message>
    <message>
        <source>Controller&apos;s answer</source>
        <translation>Antwoord van de verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwoord op</translation>
    </message>
    <message>
        <source>Notices we sent to the controller of intended changes of our sub-processors (Art. 28(2)). Engage a new sub-processor only after the objection deadline, which is computed when you save, and record the controller&apos;s answer.</source>
        <translation>Meldingen die wij aan de verwerkingsverantwoordelijke stuurden over voorgenomen wijzigingen van onze subverwerkers (art. 28 lid 2 AVG). Schakel een nieuwe subverwerker pas in na de uiterste datum voor bezwaar, die bij opslaan wordt berekend, en leg het antwoord van de verwerkingsverantwoordelijke vast.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::OrganisationPage</name>
    <message numerus="yes">
        <source>%n remark(s); you can save, but an auditor may ask about them.</source>
        <translation>
            <numerusform>%n opmerking; opslaan kan, maar een auditor kan ernaar vragen.</numerusform>
            <numerusform>%n opmerkingen; opslaan kan, maar een auditor kan ernaar vragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>These details head every report of the register (Art. 30(1)(a)).</source>
        <translation>Deze gegevens staan bovenaan elk rapport van het register (art. 30 lid 1 onder a AVG).</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Controller — Art. 30(1)(a)</source>
        <translation>Verwerkingsverantwoordelijke — art. 30 lid 1 onder a AVG</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Data protection officer — Art. 37</source>
        <translation>Functionaris voor gegevensbescherming — art. 37 AVG</translation>
    </message>
    <message>
        <source>Representative in the EU — Art. 27</source>
        <translation>Vertegenwoordiger in de EU — art. 27 AVG</translation>
    </message>
    <message>
        <source>Joint controllers — Art. 26</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijken — art. 26 AVG</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Re&amp;gistration number:</source>
        <translation>&amp;Registratienummer:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Plaat&amp;s:</translation>
    </message>
    <message>
        <source>Coun&amp;try:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>e.g. the KvK number</source>
        <translation>bijv. het KvK-nummer</translation>
    </message>
    <message>
        <source>Only for controllers established outside the EU</source>
        <translation>Alleen voor verwerkingsverantwoordelijken die buiten de EU zijn gevestigd</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <source>Te&amp;lephone:</source>
        <translation>Te&amp;lefoon:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <comment>data protection officer</comment>
        <translation>N&amp;aam:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Name:</source>
        <comment>representative</comment>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Contact details:</source>
        <translation>Contactgegevens:</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <source>Who changed these details, when, and what changed.</source>
        <translation>Wie deze gegevens wijzigde, wanneer, en wat er veranderde.</translation>
    </message>
    <message>
        <source>The DPO&apos;s name, when one is appointed</source>
        <translation>Naam van de FG, als die is aangesteld</translation>
    </message>
    <message>
        <source>Record why no DPO is required (Art. 37(1)), or why one was appointed voluntarily.</source>
        <translation>Leg vast waarom er geen FG verplicht is (art. 37 lid 1 AVG), of waarom er vrijwillig een is aangesteld.</translation>
    </message>
    <message>
        <source>Recorded with each processing activity they share, on its Recipients page: an arrangement under Art. 26 concerns particular processing.</source>
        <translation>Vastgelegd bij elke verwerkingsactiviteit die u deelt, op het tabblad Ontvangers: een regeling volgens art. 26 AVG gaat over een bepaalde verwerking.</translation>
    </message>
    <message>
        <source>Privacy statement — Arts. 13, 14, 77</source>
        <translation>Privacyverklaring — art. 13, 14 en 77 AVG</translation>
    </message>
    <message>
        <source>Names you trade under, besides the legal name</source>
        <translation>Namen waaronder u handelt, naast de statutaire naam</translation>
    </message>
    <message>
        <source>e.g. https://www.example.nl</source>
        <translation>bijv. https://www.voorbeeld.nl</translation>
    </message>
    <message>
        <source>Where people send privacy questions and requests; empty: the contact e-mail</source>
        <translation>Waar mensen privacyvragen en verzoeken heen sturen; leeg: het contactadres</translation>
    </message>
    <message>
        <source>The address of a web form for requests</source>
        <translation>Het adres van een webformulier voor verzoeken</translation>
    </message>
    <message>
        <source>Empty: the Autoriteit Persoonsgegevens, for an organisation in the Netherlands</source>
        <translation>Leeg: de Autoriteit Persoonsgegevens, voor een organisatie in Nederland</translation>
    </message>
    <message>
        <source>Empty: https://autoriteitpersoonsgegevens.nl</source>
        <translation>Leeg: https://autoriteitpersoonsgegevens.nl</translation>
    </message>
    <message>
        <source>By name is what people are best served by; by category the statement describes each recipient as precisely as it can (Art. 13(1)(e)).</source>
        <translation>Bij naam helpt mensen het meest; per categorie beschrijft de verklaring elke ontvanger zo precies als zij kan (art. 13 lid 1 onder e AVG).</translation>
    </message>
    <message>
        <source>The language the register&apos;s texts are written in: a statement in the other language needs their translation.</source>
        <translation>De taal waarin de teksten van het register zijn geschreven: een verklaring in de andere taal heeft hun vertaling nodig.</translation>
    </message>
    <message>
        <source>Activity versions and logging</source>
        <translation>Vastgestelde versies en logging</translation>
    </message>
    <message>
        <source>Empty: urn:custodian: followed by the register&apos;s identifier</source>
        <translation>Leeg: urn:custodian: gevolgd door de identificatie van het register</translation>
    </message>
    <message>
        <source>An established activity version gets the address BASE/activity/ID/VERSION, which the log lines of the processing point to. A version keeps its address when the base changes.</source>
        <translation>Een vastgestelde versie krijgt het adres BASIS/activity/ID/VERSIE, waarnaar de logregels van de verwerking verwijzen. Een versie houdt haar adres als de basis verandert.</translation>
    </message>
    <message>
        <source>20 digits, for a government organisation</source>
        <translation>20 cijfers, voor een overheidsorganisatie</translation>
    </message>
    <message>
        <source>The legal entity&apos;s RSIN (nine digits)</source>
        <translation>Het RSIN van de rechtspersoon (negen cijfers)</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::PartiesPage</name>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Restore party</source>
        <translation>Partij terugzetten</translation>
    </message>
    <message>
        <source>Retire party</source>
        <translation>Partij buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Nothing refers to it. Retiring keeps it in the register&apos;s history and lets you restore it later; deleting removes it for good (the audit trail keeps a record of it).</source>
        <translation>Niets verwijst naar de partij. Buiten gebruik stellen bewaart haar in de geschiedenis van het register, zodat terugzetten later kan; verwijderen haalt haar definitief weg (de wijzigingsgeschiedenis houdt er een vermelding van bij).</translation>
    </message>
    <message>
        <source>No parties yet. Add the organisations your register names: the processors that work for you (your hosting provider, your payroll service), the controllers you work for, and other recipients. Start with “New party”.</source>
        <translation>Nog geen partijen. Voeg de organisaties toe die het register noemt: de verwerkers die voor de organisatie werken (de hostingprovider, de salarisverwerker), de verwerkingsverantwoordelijken voor wie de organisatie werkt, en andere ontvangers. Begin met “Nieuwe partij”.</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Nieuwe partij</translation>
    </message>
    <message>
        <source>Every role</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Rolfilter</translation>
    </message>
    <message>
        <source>Show only the parties with this role</source>
        <translation>Alleen de partijen met deze rol tonen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the register (activities or agreements) refer to it and keep doing so. The party stays in their history and in the audit trail, but is no longer offered for new links. You can restore it later.</source>
        <translation>
            <numerusform>%n onderdeel van het register (activiteit of overeenkomst) verwijst naar de partij en blijft dat doen. De partij blijft in hun geschiedenis en in de wijzigingsgeschiedenis staan, maar wordt niet meer aangeboden voor nieuwe koppelingen. Terugzetten kan later.</numerusform>
            <numerusform>%n onderdelen van het register (activiteiten of overeenkomsten) verwijzen naar de partij en blijven dat doen. De partij blijft in hun geschiedenis en in de wijzigingsgeschiedenis staan, maar wordt niet meer aangeboden voor nieuwe koppelingen. Terugzetten kan later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Gebruikt door</translation>
    </message>
    <message>
        <source>How many processing activities, processor activities and agreements refer to the party</source>
        <translation>Hoeveel verwerkingsactiviteiten, verwerkingen als verwerker en overeenkomsten naar de partij verwijzen</translation>
    </message>
    <message>
        <source>No role given</source>
        <translation>Geen rol opgegeven</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the register (activities or agreements) refer to this party.</source>
        <translation>
            <numerusform>%n onderdeel van het register (activiteit of overeenkomst) verwijst naar deze partij.</numerusform>
            <numerusform>%n onderdelen van het register (activiteiten of overeenkomsten) verwijzen naar deze partij.</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrative bodies of a municipality</source>
        <translation>Bestuursorganen van een gemeente</translation>
    </message>
    <message>
        <source>Add the administrative bodies a municipality usually has, marked as bodies of this organisation, so that activities can name their controller?

%1

A party of the same name is marked rather than added again. Retire the ones your organisation does not have.</source>
        <translation>De bestuursorganen toevoegen die een gemeente gewoonlijk heeft, aangemerkt als bestuursorganen van deze organisatie, zodat verwerkingen hun verwerkingsverantwoordelijke kunnen noemen?

%1

Een partij met dezelfde naam wordt aangemerkt in plaats van opnieuw toegevoegd. Stel de bestuursorganen die uw organisatie niet heeft buiten gebruik.</translation>
    </message>
    <message>
        <source>Add bodies</source>
        <translation>Bestuursorganen toevoegen</translation>
    </message>
    <message>
        <source>Every one of these bodies is already in the register.</source>
        <translation>Al deze bestuursorganen staan al in het register.</translation>
    </message>
    <message numerus="yes">
        <source>%n administrative body(ies) added or marked.</source>
        <translation>
            <numerusform>%n bestuursorgaan toegevoegd of aangemerkt.</numerusform>
            <numerusform>%n bestuursorganen toegevoegd of aangemerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrative body</source>
        <translation>Bestuursorgaan</translation>
    </message>
    <message>
        <source>Administrative body, %1</source>
        <translation>Bestuursorgaan, %1</translation>
    </message>
    <message>
        <source>Add a municipality&apos;s bodies…</source>
        <translation>Bestuursorganen van een gemeente toevoegen…</translation>
    </message>
    <message>
        <source>Adds the college of mayor and aldermen, the council, the mayor and the other usual administrative bodies of a municipality, each the controller of its own processing.</source>
        <translation>Voegt het college van burgemeester en wethouders, de gemeenteraad, de burgemeester en de andere gebruikelijke bestuursorganen van een gemeente toe, elk verwerkingsverantwoordelijke voor zijn eigen verwerkingen.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::PartyEditor</name>
    <message>
        <source>Nothing refers to a new party yet.</source>
        <translation>Er verwijst nog niets naar een nieuwe partij.</translation>
    </message>
    <message>
        <source>No processing activity or agreement refers to this party.</source>
        <translation>Geen enkele verwerkingsactiviteit of overeenkomst verwijst naar deze partij.</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Nieuwe partij</translation>
    </message>
    <message>
        <source>This party is retired: it stays in the register&apos;s history but is no longer offered for new links. Use “Restore” to offer it again.</source>
        <translation>Deze partij is buiten gebruik gesteld: ze blijft in de geschiedenis van het register, maar wordt niet meer aangeboden voor nieuwe koppelingen. Gebruik “Terugzetten” om haar weer aan te bieden.</translation>
    </message>
    <message>
        <source>Party and roles — Art. 4(7)–(10), Art. 26, Art. 28</source>
        <translation>Partij en rollen — art. 4 punt 7 tot en met 10, art. 26 en art. 28 AVG</translation>
    </message>
    <message>
        <source>Contact — Art. 30(1)(a), Art. 30(2)(a)</source>
        <translation>Contact — art. 30 lid 1 onder a en art. 30 lid 2 onder a AVG</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Gebruikt door</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <source>e.g. Hosting Partner B.V.</source>
        <translation>bijv. Hostingpartner B.V.</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>+31 30 123 4567</source>
        <translation>+31 30 123 4567</translation>
    </message>
    <message>
        <source>Leave empty if the party has no DPO</source>
        <translation>Leeg laten als de partij geen FG heeft</translation>
    </message>
    <message>
        <source>E-mail address or telephone number</source>
        <translation>E-mailadres of telefoonnummer</translation>
    </message>
    <message>
        <source>Anything an auditor should know about this party: certifications, the contract it works under, how to reach it in an incident.</source>
        <translation>Alles wat een auditor over deze partij moet weten: certificeringen, de overeenkomst waaronder de partij werkt, hoe de partij bij een incident bereikbaar is.</translation>
    </message>
    <message>
        <source>Decides on the purposes and means of the processing (Art. 4(7)); for example a customer we process data for.</source>
        <translation>Bepaalt de doeleinden en middelen van de verwerking (art. 4 punt 7 AVG); bijvoorbeeld een klant voor wie de organisatie gegevens verwerkt.</translation>
    </message>
    <message>
        <source>Decides together with us on purposes and means (Art. 26).</source>
        <translation>Bepaalt samen met de organisatie de doeleinden en middelen (art. 26 AVG).</translation>
    </message>
    <message>
        <source>Processes personal data on our behalf (Art. 4(8), Art. 28).</source>
        <translation>Verwerkt persoonsgegevens ten behoeve van de organisatie (art. 4 punt 8 en art. 28 AVG).</translation>
    </message>
    <message>
        <source>Engaged by a processor to process the data (Art. 28(2) and (4)).</source>
        <translation>Door een verwerker ingeschakeld om de gegevens te verwerken (art. 28 lid 2 en lid 4 AVG).</translation>
    </message>
    <message>
        <source>Receives personal data from us (Art. 4(9)).</source>
        <translation>Ontvangt persoonsgegevens van de organisatie (art. 4 punt 9 AVG).</translation>
    </message>
    <message>
        <source>Tick every role the party has; Space ticks the selected role.</source>
        <translation>Vink elke rol van de partij aan; de spatiebalk vinkt de geselecteerde rol aan.</translation>
    </message>
    <message>
        <source>Choose a party in the list, or create a new one.</source>
        <translation>Kies een partij in de lijst, of maak een nieuwe.</translation>
    </message>
    <message>
        <source>Processing activities, processor activities and agreements that refer to this party. Press Enter or double-click to open one.</source>
        <translation>Verwerkingsactiviteiten, verwerkingen als verwerker en overeenkomsten die naar deze partij verwijzen. Druk op Enter of dubbelklik om er een te openen.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Data protection officer and representative — Art. 37, Art. 27</source>
        <translation>Functionaris voor gegevensbescherming en vertegenwoordiger — art. 37 en 27 AVG</translation>
    </message>
    <message>
        <source>In the privacy statement — Art. 13(1)(e)</source>
        <translation>In de privacyverklaring — art. 13 lid 1 onder e AVG</translation>
    </message>
    <message>
        <source>Printed where the statement names recipients by name (Organisation page).</source>
        <translation>Afgedrukt wanneer de verklaring ontvangers bij naam noemt (pagina Organisatie).</translation>
    </message>
    <message>
        <source>What the party does with the data, in words for the public: e.g. &quot;hosts our servers in Amsterdam; has no access to the data itself&quot;</source>
        <translation>Wat de partij met de gegevens doet, in woorden voor het publiek: bijv. &quot;host onze servers in Amsterdam; heeft zelf geen toegang tot de gegevens&quot;</translation>
    </message>
    <message>
        <source>For a Dutch party, its KvK number (eight digits).</source>
        <translation>Voor een Nederlandse partij: het KvK-nummer (acht cijfers).</translation>
    </message>
    <message>
        <source>20 digits, for a government organisation</source>
        <translation>20 cijfers, voor een overheidsorganisatie</translation>
    </message>
    <message>
        <source>For a public body: the college, the council, the mayor and other bodies are each the controller of their own processing, and can be named as such on an activity.</source>
        <translation>Bij de overheid zijn het college, de raad, de burgemeester en andere bestuursorganen elk verwerkingsverantwoordelijke voor hun eigen verwerkingen, en kunnen zij zo bij een verwerking worden genoemd.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::PartyUsedByList</name>
    <message>
        <source>Press Enter or double-click to open it.</source>
        <translation>Druk op Enter of dubbelklik om het item te openen.</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>ontvanger</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>doorgifte</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>verwerker</translation>
    </message>
    <message>
        <source>%1: %2 (retired)</source>
        <extracomment>A &quot;Used by&quot; entry: %1 the kind of item (&quot;Processing activity&quot;), %2 its name</extracomment>
        <translation>%1: %2 (buiten gebruik)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A &quot;Used by&quot; entry: %1 the kind of item (&quot;Processing activity&quot;), %2 its name</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A &quot;Used by&quot; entry: %1 the item, %2 how it uses the party or rule</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>joint controller</source>
        <translation>gezamenlijke verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>controlling body</source>
        <translation>verantwoordelijk bestuursorgaan</translation>
    </message>
    <message>
        <source>deciding body</source>
        <translation>beslissend bestuursorgaan</translation>
    </message>
    <message>
        <source>organisation involved</source>
        <translation>betrokken organisatie</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Wachtzin verbergen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Wachtzin tonen</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::PassphraseFields</name>
    <message>
        <source>Type the passphrase a second time.</source>
        <translation>Typ de wachtzin nog een keer.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Wachtzin &amp;herhalen:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Wachtzin herhalen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtzin</translation>
    </message>
    <message>
        <source>This passphrase is very easy to guess. Choose a longer one, or tick “Use this weak passphrase anyway”.</source>
        <translation>Deze wachtzin is heel makkelijk te raden. Kies een langere, of vink ‘Deze zwakke wachtzin toch gebruiken’ aan.</translation>
    </message>
    <message>
        <source>Strength: %1.</source>
        <translation>Sterkte: %1.</translation>
    </message>
    <message>
        <source>Add a few more unrelated words.</source>
        <translation>Voeg nog een paar willekeurige woorden toe.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>Nieuwe wachtzin &amp;herhalen:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Nieuwe wachtzin herhalen</translation>
    </message>
    <message>
        <source>&amp;Use this weak passphrase anyway</source>
        <translation>Deze zwakke wachtzin toch &amp;gebruiken</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ProcessorActivityEditor</name>
    <message>
        <source>New controller</source>
        <translation>Nieuwe verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>&amp;Name of the controller:</source>
        <translation>&amp;Naam van de verwerkingsverantwoordelijke:</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Nieuwe partij</translation>
    </message>
    <message>
        <source>&amp;Name of the party:</source>
        <translation>&amp;Naam van de partij:</translation>
    </message>
    <message>
        <source>Choose a processing in the list, or create a new one.</source>
        <translation>Kies een verwerking in de lijst of maak een nieuwe.</translation>
    </message>
    <message>
        <source>Transfers to third countries — Art. 30(2)(c)</source>
        <translation>Doorgiften naar derde landen — art. 30 lid 2 onder c AVG</translation>
    </message>
    <message>
        <source>Technical and organisational measures — Art. 30(2)(d), Art. 32</source>
        <translation>Technische en organisatorische maatregelen — art. 30 lid 2 onder d en art. 32 AVG</translation>
    </message>
    <message>
        <source>Agreements and storage — Art. 28</source>
        <translation>Overeenkomsten en opslag — art. 28 AVG</translation>
    </message>
    <message>
        <source>Owner and review</source>
        <translation>Eigenaar en herbeoordeling</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastlegging</translation>
    </message>
    <message>
        <source>Transfers and security</source>
        <translation>Doorgiften en beveiliging</translation>
    </message>
    <message>
        <source>Transfers and security measures — Art. 30(2)(c), (d)</source>
        <translation>Doorgiften en beveiligingsmaatregelen — art. 30 lid 2 onder c en d AVG</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Agreements, storage, owner, status and review dates</source>
        <translation>Overeenkomsten, opslag, eigenaar, status en herbeoordelingsdatums</translation>
    </message>
    <message>
        <source>e.g. Hosting of the application for a customer</source>
        <translation>bijv. Hosting van de applicatie voor een klant</translation>
    </message>
    <message>
        <source>New party…</source>
        <translation>Nieuwe partij…</translation>
    </message>
    <message>
        <source>What you do with the controller&apos;s data: hosting, support, backups, …</source>
        <translation>Wat er met de gegevens van de verwerkingsverantwoordelijke gebeurt: hosting, support, back-ups, …</translation>
    </message>
    <message>
        <source>e.g. Operations</source>
        <translation>bijv. Beheer</translation>
    </message>
    <message>
        <source>New processor activity</source>
        <translation>Nieuwe verwerking als verwerker</translation>
    </message>
    <message>
        <source>Processor activity without a name</source>
        <translation>Verwerking als verwerker zonder naam</translation>
    </message>
    <message>
        <source>Processing for controllers — Art. 30(2)(a), (b)</source>
        <translation>Verwerking voor verwerkingsverantwoordelijken — art. 30 lid 2 onder a en b AVG</translation>
    </message>
    <message>
        <source>Data processed — for breaches and requests, Art. 33(2), Art. 28(3)(e)</source>
        <translation>Verwerkte gegevens — voor datalekken en verzoeken, art. 33 lid 2 en art. 28 lid 3 onder e AVG</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>Verwerkingsverantwoordelijken</translation>
    </message>
    <message>
        <source>Controllers, categories of processing and the data processed — Art. 30(2)(a), (b)</source>
        <translation>Verwerkingsverantwoordelijken, categorieën van verwerkingen en de verwerkte gegevens — art. 30 lid 2 onder a en b AVG</translation>
    </message>
    <message>
        <source>Go to party</source>
        <translation>Ga naar partij</translation>
    </message>
    <message>
        <source>No parties in the register yet: add the controller with “New party…”.</source>
        <translation>Nog geen partijen in het register: voeg de verwerkingsverantwoordelijke toe met ‘Nieuwe partij…’.</translation>
    </message>
    <message>
        <source>Tick every organisation you process for in this way (Art. 30(2)(a)); parties with the controller role come first.</source>
        <translation>Vink elke organisatie aan waarvoor u op deze manier verwerkt (art. 30 lid 2 onder a AVG); partijen met de rol verwerkingsverantwoordelijke staan bovenaan.</translation>
    </message>
    <message>
        <source>e.g. The customer&apos;s clients and employees</source>
        <translation>bijv. de klanten en medewerkers van de klant</translation>
    </message>
    <message>
        <source>e.g. Names, contact details, case notes</source>
        <translation>bijv. namen, contactgegevens, aantekeningen bij zaken</translation>
    </message>
    <message>
        <source>Co&amp;ntrollers:</source>
        <translation>&amp;Verwerkingsverantwoordelijken:</translation>
    </message>
    <message>
        <source>For the privacy statement: what you do for your customers, and that each customer is the controller of its users&apos; data</source>
        <translation>Voor de privacyverklaring: wat u voor uw klanten doet, en dat elke klant verwerkingsverantwoordelijke is voor de gegevens van zijn gebruikers</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::PublishStatementDialog</name>
    <message>
        <source>Publish version %1</source>
        <translation>Versie %1 publiceren</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is written from the register as it is now, in %3, and kept as published with the register&apos;s state. It cannot be changed afterwards: a correction is a new version.</source>
        <translation>Versie %1 van “%2” wordt geschreven uit het register zoals het nu is, in het %3, en bewaard zoals gepubliceerd met de registerstand. Zij kan daarna niet meer worden gewijzigd: een correctie is een nieuwe versie.</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;Geldig vanaf:</translation>
    </message>
    <message>
        <source>e.g. The first version of our privacy statement.</source>
        <translation>bijv. De eerste versie van onze privacyverklaring.</translation>
    </message>
    <message>
        <source>What changed, in words for the public: it is printed in the statement.</source>
        <translation>Wat er veranderde, in woorden voor het publiek: het staat in de verklaring.</translation>
    </message>
    <message>
        <source>What &amp;changed:</source>
        <translation>Wat er &amp;veranderde:</translation>
    </message>
    <message>
        <source>The first version.</source>
        <translation>De eerste versie.</translation>
    </message>
    <message>
        <source>The register still says what version %1 says.</source>
        <translation>Het register zegt nog wat versie %1 zegt.</translation>
    </message>
    <message>
        <source>Since version %1:</source>
        <translation>Sinds versie %1:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publiceren</translation>
    </message>
    <message>
        <source>The register says everything the statement needs.</source>
        <translation>Het register zegt alles wat de verklaring nodig heeft.</translation>
    </message>
    <message>
        <source>Not yet: the register does not say everything the statement needs. Complete it first; this keeps a statement with holes from being published.</source>
        <translation>Nog niet: het register zegt niet alles wat de verklaring nodig heeft. Vul het eerst aan; zo wordt geen verklaring met gaten gepubliceerd.</translation>
    </message>
    <message>
        <source>What changed, in %1:</source>
        <translation>Wat er veranderde, in het %1:</translation>
    </message>
    <message>
        <source>The latest version takes effect on %1: the new version cannot take effect before it.</source>
        <translation>De laatste versie gaat in op %1: de nieuwe versie kan niet eerder ingaan.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RecipientTable</name>
    <message>
        <source>Unknown party</source>
        <translation>Onbekende partij</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(not described)</source>
        <translation>(niet omschreven)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Ontvanger toevoegen</translation>
    </message>
    <message>
        <source>Remove recipient</source>
        <translation>Ontvanger verwijderen</translation>
    </message>
    <message>
        <source>No recipients yet. Add everyone the data is disclosed to: departments, processors, authorities, other third parties.</source>
        <translation>Nog geen ontvangers. Voeg iedereen toe aan wie de gegevens worden verstrekt: afdelingen, verwerkers, overheidsinstanties, andere derden.</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Partij:</translation>
    </message>
    <message>
        <source>Not a party in the register</source>
        <translation>Geen partij uit het register</translation>
    </message>
    <message>
        <source>New party…</source>
        <translation>Nieuwe partij…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ga naar</translation>
    </message>
    <message>
        <source>Recipient party</source>
        <translation>Ontvangende partij</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <source>e.g. Tax authority, or what the party receives</source>
        <translation>bijv. Belastingdienst, of wat de partij ontvangt</translation>
    </message>
    <message>
        <source>Recipient description</source>
        <translation>Omschrijving van de ontvanger</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation>Soort ontvanger</translation>
    </message>
    <message>
        <source>%1, inquiry only</source>
        <extracomment>a public authority that receives data only in a particular inquiry, which is not a recipient (Art. 4(9))</extracomment>
        <translation>%1, alleen in een onderzoek</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>Disclosure:</source>
        <translation>Verstrekking:</translation>
    </message>
    <message>
        <source>Kind of disclosure to a public authority</source>
        <translation>Soort verstrekking aan een overheidsinstantie</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RecordDetails</name>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Aangemaakt:</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>Laatst gewijzigd:</translation>
    </message>
    <message>
        <source>Identifier (UUID):</source>
        <translation>Identificatiecode (UUID):</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the identifier</source>
        <translation>Identificatiecode kopiëren</translation>
    </message>
    <message>
        <source>Copy the identifier; processing logs (VNG) refer to it.</source>
        <translation>Identificatiecode kopiëren; verwerkingenlogging (VNG) verwijst ernaar.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RegisterChoices</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>verloopt op %1</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (verlopen)</translation>
    </message>
    <message>
        <source>%1 (terminated)</source>
        <translation>%1 (beëindigd)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <source>New security measure</source>
        <translation>Nieuwe beveiligingsmaatregel</translation>
    </message>
    <message>
        <source>e.g. Encryption of backups</source>
        <translation>bijv. Versleuteling van back-ups</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Administrative body of this organisation</source>
        <translation>Bestuursorgaan van deze organisatie</translation>
    </message>
    <message>
        <source>Not marked as an administrative body of this organisation</source>
        <translation>Niet aangemerkt als bestuursorgaan van deze organisatie</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RegisterSession</name>
    <message>
        <source>The remembered passphrase no longer opens this register.</source>
        <translation>De onthouden wachtzin opent dit register niet meer.</translation>
    </message>
    <message>
        <source>Every copy of the demo register is open in another window.</source>
        <translation>Elke kopie van het demoregister is in een ander venster geopend.</translation>
    </message>
    <message>
        <source>The register is not locked.</source>
        <translation>Het register is niet vergrendeld.</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Er is geen register geopend.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RegisterSettingsPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give the day a name, as in the decree.</source>
        <translation>Geef de dag een naam, zoals in het besluit.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (by decree)</source>
        <translation>%1 (bij besluit)</translation>
    </message>
    <message>
        <source>%1 (weekend)</source>
        <translation>%1 (weekend)</translation>
    </message>
    <message>
        <source>Register settings</source>
        <translation>Registerinstellingen</translation>
    </message>
    <message>
        <source>How Custodian counts statutory deadlines for this register. A period that ends on a Saturday, Sunday or public holiday ends on the next working day (Regulation 1182/71, art. 3(4)); which days are public holidays depends on the member state.</source>
        <translation>Hoe Custodian de wettelijke termijnen voor dit register berekent. Een termijn die op een zaterdag, zondag of feestdag eindigt, eindigt op de eerstvolgende werkdag (Verordening 1182/71, art. 3 lid 4); welke dagen feestdagen zijn, verschilt per lidstaat.</translation>
    </message>
    <message>
        <source>Holiday &amp;calendar:</source>
        <translation>&amp;Feestdagenkalender:</translation>
    </message>
    <message>
        <source>Internal &amp;margin:</source>
        <translation>Interne &amp;marge:</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> werkdagen</translation>
    </message>
    <message>
        <source>Beside each statutory deadline Custodian shows an internal target this many working days earlier.</source>
        <translation>Naast elke wettelijke termijn toont Custodian een interne streefdatum die zoveel werkdagen eerder ligt.</translation>
    </message>
    <message>
        <source>Extra days designated by decree for a single year (for example a bridge day published in the Staatscourant):</source>
        <translation>Extra dagen die bij besluit voor één jaar zijn aangewezen (bijvoorbeeld een brugdag die in de Staatscourant is bekendgemaakt):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of the extra day</source>
        <translation>Datum van de extra dag</translation>
    </message>
    <message>
        <source>Name of the extra day</source>
        <translation>Naam van de extra dag</translation>
    </message>
    <message>
        <source>Name, as in the decree</source>
        <translation>Naam, zoals in het besluit</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>Dag &amp;toevoegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Public holidays in &amp;year:</source>
        <translation>Feestdagen in &amp;jaar:</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <source>Who changed these details, when, and what changed.</source>
        <translation>Wie deze gegevens wijzigde, wanneer, en wat er veranderde.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>Days designated by decree</source>
        <translation>Dagen aangewezen bij besluit</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Feestdagen</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>The letters of requests and breaches are written from templates in Dutch and English. This register can use its own text for any of them.</source>
        <translation>De brieven bij verzoeken en datalekken worden geschreven vanuit sjablonen in het Nederlands en het Engels. Dit register kan voor elk daarvan een eigen tekst gebruiken.</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>Brief&amp;sjablonen…</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RegisterView</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Register settings</source>
        <translation>Registerinstellingen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>This section has unsaved changes.</source>
        <translation>Deze sectie heeft niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RememberPassphrase</name>
    <message>
        <source>Re&amp;member the passphrase on this computer</source>
        <translation>Wachtzin op deze &amp;computer onthouden</translation>
    </message>
    <message>
        <source>Keeps the passphrase in this computer&apos;s keychain, never in a plain file.</source>
        <translation>Bewaart de wachtzin in de sleutelbos van deze computer, nooit in een gewoon bestand.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the passphrase in, so it cannot be remembered.</source>
        <translation>Deze computer heeft geen sleutelbos om de wachtzin in te bewaren, dus die kan niet worden onthouden.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ReportsPage</name>
    <message>
        <source>Register of processing activities</source>
        <translation>Register van verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Processing activity sheet</source>
        <translation>Overzicht verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>One processing activity with everything the register holds of it, for the department that owns it or for an auditor&apos;s sample.</source>
        <translation>Eén verwerkingsactiviteit met alles wat het register erover bevat, voor de afdeling die eigenaar is of voor de steekproef van een auditor.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Taal van het rapport:</translation>
    </message>
    <message>
        <source>Processing &amp;activity:</source>
        <translation>Verwerkings&amp;activiteit:</translation>
    </message>
    <message>
        <source>&amp;Classification on every page:</source>
        <translation>&amp;Rubricering op elke pagina:</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>Preview shows the report&apos;s pages here, as they will print.</source>
        <translation>Voorbeeld toont hier de pagina&apos;s van het rapport, zoals ze worden afgedrukt.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (buiten gebruik)</translation>
    </message>
    <message>
        <source>The register holds no processing activities yet.</source>
        <translation>Het register bevat nog geen verwerkingsactiviteiten.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Het rapport wordt geschreven…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n page(s), register state %2.</source>
        <translation>
            <numerusform>%1 opgeslagen: %n pagina, registerstand %2.</numerusform>
            <numerusform>%1 opgeslagen: %n pagina&apos;s, registerstand %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Het rapport wordt opgemaakt…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), register state %1.</source>
        <translation>
            <numerusform>%n pagina, registerstand %1.</numerusform>
            <numerusform>%n pagina&apos;s, registerstand %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Rapport afdrukken</translation>
    </message>
    <message>
        <source>Processing as a processor</source>
        <translation>Verwerkingen als verwerker</translation>
    </message>
    <message>
        <source>Processing agreements and sub-processors</source>
        <translation>Verwerkersovereenkomsten en subverwerkers</translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation>Doorgiften naar derde landen</translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Completeness findings</source>
        <translation>Bevindingen van de volledigheidscontrole</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>Data-subject request log</source>
        <translation>Logboek van verzoeken van betrokkenen</translation>
    </message>
    <message>
        <source>Breach register</source>
        <translation>Register van datalekken</translation>
    </message>
    <message>
        <source>The records of processing activities under Art. 30 GDPR, as the supervisory authority may ask for them: the organisation as controller, every processing activity on its own page, the processing done as a processor, the processing agreements, the parties, the transfers to third countries, the retention schedule, the security measures and the completeness findings, with a table of contents.</source>
        <translation>Het register van verwerkingsactiviteiten volgens art. 30 AVG, zoals de toezichthouder erom kan vragen: de organisatie als verwerkingsverantwoordelijke, elke verwerkingsactiviteit op een eigen pagina, de verwerkingen als verwerker, de verwerkersovereenkomsten, de partijen, de doorgiften naar derde landen, de bewaartermijnen, de beveiligingsmaatregelen en de bevindingen van de volledigheidscontrole, met een inhoudsopgave.</translation>
    </message>
    <message>
        <source>The record of Art. 30(2): the processing the organisation carries out on behalf of other controllers, each with its controllers, categories, transfers and measures.</source>
        <translation>Het register van art. 30 lid 2 AVG: de verwerkingen die de organisatie namens andere verwerkingsverantwoordelijken uitvoert, elk met de verwerkingsverantwoordelijken, categorieën, doorgiften en maatregelen.</translation>
    </message>
    <message>
        <source>Every processing agreement (Art. 28) with its status, dates and the checklist of Art. 28(3), and the sub-processor annex: the chains, countries, authorisations, objection windows and notices.</source>
        <translation>Elke verwerkersovereenkomst (art. 28 AVG) met status, data en de checklist van art. 28 lid 3, en de bijlage subverwerkers: de ketens, landen, toestemmingen, bezwaartermijnen en kennisgevingen.</translation>
    </message>
    <message>
        <source>Every transfer to a country outside the EEA, with its recipient, mechanism and transfer impact assessment.</source>
        <translation>Elke doorgifte naar een land buiten de EER, met de ontvanger, het doorgiftemechanisme en de doorgiftetoets (TIA).</translation>
    </message>
    <message>
        <source>How long each category of personal data is kept, from when, and on what ground.</source>
        <translation>Hoe lang elke categorie persoonsgegevens wordt bewaard, vanaf wanneer en op welke grond.</translation>
    </message>
    <message>
        <source>The technical and organisational security measures (Art. 32).</source>
        <translation>De technische en organisatorische beveiligingsmaatregelen (art. 32 AVG).</translation>
    </message>
    <message>
        <source>What the completeness check finds today, errors first, each with the article it rests on: for the audit&apos;s own follow-up.</source>
        <translation>Wat de volledigheidscontrole vandaag vindt, fouten eerst, elk met het artikel waarop de bevinding berust: voor de opvolging van de audit.</translation>
    </message>
    <message>
        <source>Every change to the register in the period, from its tamper-evident history: when, by whom, and what changed. A data subject&apos;s personal data is not shown.</source>
        <translation>Elke wijziging van het register in de periode, uit de fraudebestendige geschiedenis: wanneer, door wie en wat er veranderde. Persoonsgegevens van betrokkenen worden niet getoond.</translation>
    </message>
    <message>
        <source>The requests received in the period with their deadlines and answers, the share answered on time and the median time to answer. Requesters are not named.</source>
        <translation>De in de periode ontvangen verzoeken met hun termijnen en antwoorden, het deel dat op tijd is beantwoord en de mediane behandeltijd. Verzoekers worden niet genoemd.</translation>
    </message>
    <message>
        <source>The breaches the organisation became aware of in the period (Art. 33(5)): notified or not, and why, with each breach on a page of its own.</source>
        <translation>De datalekken waarvan de organisatie in de periode kennis kreeg (art. 33 lid 5 AVG): gemeld of niet, en waarom, met elk datalek op een eigen pagina.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>De periode eindigt voordat zij begint.</translation>
    </message>
    <message>
        <source>Reports for auditors and the supervisory authority, in Dutch or English. Every page names the organisation, the report, the register&apos;s state (the last entry of its history), when the report was made and its classification: the same state gives the same text. Saved as PDF/A for archiving, as an OpenDocument text to edit, or as a web page.</source>
        <translation>Rapporten voor auditors en de toezichthouder, in het Nederlands of het Engels. Elke pagina noemt de organisatie, het rapport, de registerstand (de laatste regel van de historie), wanneer het rapport is gemaakt en de rubricering: dezelfde stand geeft dezelfde tekst. Op te slaan als PDF/A om te archiveren, als OpenDocument-tekst om te bewerken of als webpagina.</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Periode &amp;van:</translation>
    </message>
    <message>
        <source>Period &amp;to (included):</source>
        <translation>Periode &amp;tot en met:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Opslaan als…</translation>
    </message>
    <message>
        <source>Saved %1: register state %2.</source>
        <translation>%1 opgeslagen: registerstand %2.</translation>
    </message>
    <message>
        <source>PDF/A documents, to hand over and archive (*.pdf)</source>
        <translation>PDF/A-documenten, om te overhandigen en te archiveren (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument texts, to edit (*.odt)</source>
        <translation>OpenDocument-teksten, om te bewerken (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webpagina&apos;s (*.html)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>Au&amp;dience:</source>
        <translation>&amp;Doelgroep:</translation>
    </message>
    <message>
        <source>Every audience</source>
        <translation>Elke doelgroep</translation>
    </message>
    <message>
        <source>Not for auditors but for the public: the privacy statement of Arts. 13 and 14 that covers the audience chosen, written from the register. The purposes of the activities published for it with their bases, data, sources and retention, the recipients, transfers and security, the rights that follow from the bases and how to use them. It is its latest published version while the register still says what that version says; otherwise a draft, with what changed and what the register does not say yet listed above the text.</source>
        <translation>Niet voor auditors maar voor het publiek: de privacyverklaring van art. 13 en 14 AVG die de gekozen doelgroep dekt, geschreven uit het register. De doeleinden van de activiteiten die voor haar worden gepubliceerd met grondslagen, gegevens, bronnen en bewaartermijnen, de ontvangers, doorgiften en beveiliging, de rechten die uit de grondslagen volgen en hoe u ze gebruikt. Zij is de laatst gepubliceerde versie zolang het register nog zegt wat die versie zegt; anders een concept, met boven de tekst wat er veranderde en wat het register nog niet zegt.</translation>
    </message>
    <message numerus="yes">
        <source>Draft, not published: %n note(s) above the statement say why.</source>
        <translation>
            <numerusform>Concept, niet gepubliceerd: %n opmerking boven de verklaring zegt waarom.</numerusform>
            <numerusform>Concept, niet gepubliceerd: %n opmerkingen boven de verklaring zeggen waarom.</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>Evidence for: %1</source>
        <translation>Bewijs voor: %1</translation>
    </message>
    <message>
        <source>The register as the Autoriteit Persoonsgegevens asks for it (Art. 30(4)): what Art. 30 asks of each processing activity in use, with its lawful basis, and the processing as a processor. Retired activities, the DPO&apos;s notes and internal details are left out. Also saved as a workbook, a sheet per part.</source>
        <translation>Het register zoals de Autoriteit Persoonsgegevens erom vraagt (art. 30 lid 4 AVG): wat art. 30 vraagt van elke verwerkingsactiviteit in gebruik, met de grondslag, en de verwerkingen als verwerker. Beëindigde activiteiten, de opmerkingen van de FG en interne gegevens zijn weggelaten. Ook op te slaan als werkmap, een tabblad per deel.</translation>
    </message>
    <message>
        <source>One breach as the answers for the AP&apos;s notification form (Meldformulier datalekken), section by section in the form&apos;s order, to copy into the form or keep with the notification.</source>
        <translation>Eén datalek als de antwoorden voor het Meldformulier datalekken van de AP, sectie voor sectie in de volgorde van het formulier, om over te nemen in het formulier of bij de melding te bewaren.</translation>
    </message>
    <message>
        <source>&amp;Breach:</source>
        <translation>Data&amp;lek:</translation>
    </message>
    <message>
        <source>The breach register is empty.</source>
        <translation>Het register van datalekken is leeg.</translation>
    </message>
    <message>
        <source>This report is not made as a workbook: save it as PDF, ODT or HTML.</source>
        <translation>Dit rapport wordt niet als werkmap gemaakt: sla het op als PDF, ODT of HTML.</translation>
    </message>
    <message>
        <source>Workbooks, a sheet per part (*.xlsx)</source>
        <translation>Werkmappen, een tabblad per deel (*.xlsx)</translation>
    </message>
    <message>
        <source>Register for the AP (Art. 30(4))</source>
        <translation>Register voor de AP (art. 30 lid 4)</translation>
    </message>
    <message>
        <source>Breach answers for the AP&apos;s form</source>
        <translation>Datalek: antwoorden voor de AP</translation>
    </message>
    <message>
        <source>Audit dossier</source>
        <translation>Auditdossier</translation>
    </message>
    <message>
        <source>For the auditor of the BIO, ENSIA or a privacy audit, in one document: each control with the parts that evidence it, how complete and current the register is, the register itself, the request and breach logs and the changes of the period, and the completeness findings. Also saved as a workbook.</source>
        <translation>Voor de auditor van de BIO, ENSIA of een privacyaudit, in één document: elke norm met de delen die haar aantonen, hoe volledig en actueel het register is, het register zelf, de logboeken van verzoeken en datalekken en de wijzigingen in de periode, en de bevindingen van de volledigheidscontrole. Ook op te slaan als werkmap.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Save the report as PDF/A, as an OpenDocument text to edit, as a web page or, for the register for the AP and the audit dossier, as a workbook</source>
        <translation>Sla het rapport op als PDF/A, als OpenDocument-tekst om te bewerken, als webpagina of, voor het register voor de AP en het auditdossier, als werkmap</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RequestEditor</name>
    <message>
        <source>New request</source>
        <translation>Nieuw verzoek</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>case number: rights</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Closed when saved.</source>
        <translation>Wordt bij het opslaan afgesloten.</translation>
    </message>
    <message>
        <source>Closed on %1; answered on time (the deadline was %2).</source>
        <translation>Afgesloten op %1; op tijd beantwoord (de termijn liep af op %2).</translation>
    </message>
    <message numerus="yes">
        <source>Closed on %1; answered %n day(s) after the deadline of %2.</source>
        <translation>
            <numerusform>Afgesloten op %1; beantwoord %n dag na afloop van de termijn op %2.</numerusform>
            <numerusform>Afgesloten op %1; beantwoord %n dagen na afloop van de termijn op %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Afgesloten op %1.</translation>
    </message>
    <message>
        <source>The deadline is counted when the case is saved.</source>
        <translation>De termijn wordt berekend wanneer de zaak wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Enter the day the request was received: the month runs from then.</source>
        <translation>Vul de dag in waarop het verzoek is ontvangen: de maand loopt vanaf die dag.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: act by %1, %n day(s) ago. The statutory deadline is %2.</source>
        <translation>
            <numerusform>Te laat: uiterlijk handelen op %1, %n dag geleden. De wettelijke termijn loopt af op %2.</numerusform>
            <numerusform>Te laat: uiterlijk handelen op %1, %n dagen geleden. De wettelijke termijn loopt af op %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Act by %1: %n day(s) left. The statutory deadline is %2.</source>
        <translation>
            <numerusform>Uiterlijk handelen op %1: nog %n dag. De wettelijke termijn loopt af op %2.</numerusform>
            <numerusform>Uiterlijk handelen op %1: nog %n dagen. De wettelijke termijn loopt af op %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal target: %1.</source>
        <translation>Interne streefdatum: %1.</translation>
    </message>
    <message>
        <source>To extend by two months, tell the requester by %1 why (Art. 12(3)).</source>
        <translation>Voor een verlenging met twee maanden: informeer de verzoeker uiterlijk op %1 over de redenen (art. 12 lid 3).</translation>
    </message>
    <message>
        <source>The requester&apos;s details were erased on %1, as the register&apos;s settings ask for closed cases. The dates, rights and outcomes stay for the statistics.</source>
        <translation>De gegevens van de verzoeker zijn op %1 gewist, zoals de registerinstellingen voor afgesloten zaken voorschrijven. De datums, rechten en uitkomsten blijven bewaard voor de statistiek.</translation>
    </message>
    <message>
        <source>No processing activity names its data subjects yet</source>
        <translation>Nog geen verwerkingsactiviteit vermeldt categorieën van betrokkenen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n activity(ies))</source>
        <translation>
            <numerusform>%1 (%n activiteit)</numerusform>
            <numerusform>%1 (%n activiteiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a request in the list, or log a new one.</source>
        <translation>Kies een verzoek in de lijst, of leg een nieuw verzoek vast.</translation>
    </message>
    <message>
        <source>Request — Arts. 12-22 GDPR</source>
        <translation>Verzoek — art. 12-22 AVG</translation>
    </message>
    <message>
        <source>The month to answer runs from the day the organisation received the request, through any channel or employee (Art. 12(3)).</source>
        <translation>De maand om te antwoorden loopt vanaf de dag waarop de organisatie het verzoek heeft ontvangen, via welk kanaal of welke medewerker ook (art. 12 lid 3).</translation>
    </message>
    <message>
        <source>Rights invoked</source>
        <translation>Ingeroepen rechten</translation>
    </message>
    <message>
        <source>Each right with its outcome; a right not (fully) granted needs its legal ground.</source>
        <translation>Elk recht met de uitkomst; bij een recht dat niet (volledig) is toegewezen, hoort de wettelijke grond daarvoor.</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <source>Only what is needed to handle the request and to reach the requester.</source>
        <translation>Alleen wat nodig is om het verzoek af te handelen en de verzoeker te bereiken.</translation>
    </message>
    <message>
        <source>Identity — Art. 12(6)</source>
        <translation>Identiteit — art. 12 lid 6</translation>
    </message>
    <message>
        <source>Ask for more only with reasonable doubt. A copy of an identity document is rarely needed; if one was received, record when it was destroyed.</source>
        <translation>Vraag alleen bij redelijke twijfel om aanvullende informatie. Een kopie van een identiteitsbewijs is zelden nodig; is er toch een ontvangen, leg dan vast wanneer die is vernietigd.</translation>
    </message>
    <message>
        <source>Extension — Art. 12(3)</source>
        <translation>Verlenging — art. 12 lid 3</translation>
    </message>
    <message>
        <source>Two more months for complex or numerous requests, told to the requester with the reasons within the first month.</source>
        <translation>Twee maanden extra bij complexe of talrijke verzoeken, binnen de eerste maand met de redenen aan de verzoeker meegedeeld.</translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive — Art. 12(5)</source>
        <translation>Kennelijk ongegrond of buitensporig — art. 12 lid 5</translation>
    </message>
    <message>
        <source>Where was searched, and who was told</source>
        <translation>Waar is gezocht, en wie is geïnformeerd</translation>
    </message>
    <message>
        <source>The activities searched, processors instructed to act, and recipients told of a rectification, erasure or restriction by name (Art. 19).</source>
        <translation>De doorzochte activiteiten, de verwerkers die instructies hebben gekregen, en bij naam de ontvangers die over een rectificatie, gegevenswissing of beperking van de verwerking zijn geïnformeerd (art. 19).</translation>
    </message>
    <message>
        <source>The access answer — Art. 15</source>
        <translation>Het antwoord op het inzageverzoek — art. 15</translation>
    </message>
    <message>
        <source>What the copy and the letter gave the requester.</source>
        <translation>Wat de verzoeker met de kopie en de brief heeft gekregen.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>A refusal or a partial answer names the complaint to the Autoriteit Persoonsgegevens and the court (Art. 12(4)).</source>
        <translation>Een afwijzing of een gedeeltelijk antwoord wijst op klacht bij de Autoriteit Persoonsgegevens en beroep op de rechter (art. 12 lid 4).</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastlegging</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Afhandeling</translation>
    </message>
    <message>
        <source>Add right</source>
        <translation>Recht toevoegen</translation>
    </message>
    <message>
        <source>Remove right</source>
        <translation>Recht verwijderen</translation>
    </message>
    <message>
        <source>Add each right the request invokes.</source>
        <translation>Voeg elk recht toe waarop het verzoek een beroep doet.</translation>
    </message>
    <message>
        <source>Add check</source>
        <translation>Controle toevoegen</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>Controle verwijderen</translation>
    </message>
    <message>
        <source>No identity checks recorded. Add one only when there was reasonable doubt.</source>
        <translation>Geen identiteitscontroles vastgelegd. Voeg er alleen een toe als er redelijke twijfel was.</translation>
    </message>
    <message>
        <source>Add processor</source>
        <translation>Verwerker toevoegen</translation>
    </message>
    <message>
        <source>Remove processor</source>
        <translation>Verwerker verwijderen</translation>
    </message>
    <message>
        <source>Add the processors instructed to act on the request (Art. 28(3)(e)).</source>
        <translation>Voeg de verwerkers toe die instructies hebben gekregen om gevolg te geven aan het verzoek (art. 28 lid 3 onder e).</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Ontvanger toevoegen</translation>
    </message>
    <message>
        <source>Remove recipient</source>
        <translation>Ontvanger verwijderen</translation>
    </message>
    <message>
        <source>Add each recipient told of the rectification, erasure or restriction (Art. 19).</source>
        <translation>Voeg elke ontvanger toe die over de rectificatie, gegevenswissing of beperking van de verwerking is geïnformeerd (art. 19).</translation>
    </message>
    <message>
        <source>Go to activity</source>
        <translation>Ga naar activiteit</translation>
    </message>
    <message>
        <source>No processing activities in the register yet.</source>
        <translation>Nog geen verwerkingsactiviteiten in het register.</translation>
    </message>
    <message>
        <source>Tick the activities of a group of data subjects…</source>
        <translation>Activiteiten van een groep betrokkenen aanvinken…</translation>
    </message>
    <message>
        <source>Ticks every processing activity that names the group the requester belongs to (customers, employees, …): the places to search.</source>
        <translation>Vinkt elke verwerkingsactiviteit aan die de groep noemt waartoe de verzoeker behoort (klanten, werknemers, …): de plekken waar moet worden gezocht.</translation>
    </message>
    <message>
        <source>e.g. customer service, or the employee&apos;s name</source>
        <translation>bijv. klantenservice, of de naam van de medewerker</translation>
    </message>
    <message>
        <source>What the requester asks about: systems, periods, particular data</source>
        <translation>Waar de verzoeker naar vraagt: systemen, perioden, bepaalde gegevens</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Written in the requester&apos;s language from the register&apos;s templates, checked and saved with the case. They go when the requester&apos;s details are erased.</source>
        <translation>Geschreven in de taal van de verzoeker vanuit de sjablonen van het register, gecontroleerd en opgeslagen bij de zaak. Ze verdwijnen wanneer de gegevens van de verzoeker worden gewist.</translation>
    </message>
    <message>
        <source>Objection and appeal — Awb, UAVG art. 34</source>
        <translation>Bezwaar en beroep — Awb, art. 34 UAVG</translation>
    </message>
    <message>
        <source>A public body&apos;s answer is a decision under the Awb: the requester may object (bezwaar) within six weeks, then appeal to the court. Anyone may complain to the Autoriteit Persoonsgegevens.</source>
        <translation>Het antwoord van een bestuursorgaan is een besluit in de zin van de Awb: de verzoeker kan binnen zes weken bezwaar maken en daarna in beroep gaan bij de rechter. Iedereen kan een klacht indienen bij de Autoriteit Persoonsgegevens.</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ga naar</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RequestsPage</name>
    <message>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>Act by</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>The last day to answer, with the register&apos;s margin before the statutory deadline</source>
        <translation>De laatste dag om te antwoorden, met de marge van het register vóór de wettelijke termijn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(gewist)</translation>
    </message>
    <message>
        <source>The requester&apos;s details were erased after the case closed.</source>
        <translation>De gegevens van de verzoeker zijn na het afsluiten van de zaak gewist.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>representative for requester</comment>
        <translation>%1 namens %2</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>afgesloten op %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message numerus="yes">
        <source>%1 — overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 — %n dag te laat</numerusform>
            <numerusform>%1 — %n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — today</source>
        <translation>%1 — vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s) left</source>
        <translation>
            <numerusform>%1 — nog %n dag</numerusform>
            <numerusform>%1 — nog %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Statutory deadline: %1</source>
        <translation>Wettelijke termijn: %1</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Verzoek verwijderen</translation>
    </message>
    <message>
        <source>Delete case %1 from the register? Do this only for a case logged by mistake: a request that was handled belongs in the register, and its number is not given again. The history keeps a record that it existed.</source>
        <translation>Zaak %1 uit het register verwijderen? Doe dit alleen bij een zaak die per vergissing is vastgelegd: een verzoek dat is afgehandeld, hoort in het register, en het nummer wordt niet opnieuw uitgegeven. De wijzigingsgeschiedenis legt vast dat de zaak heeft bestaan.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>No requests yet. When someone asks to see, correct or erase their data, log it here the same day: choose “New request”. The month to answer starts when the request arrives.</source>
        <translation>Nog geen verzoeken. Wil iemand zijn of haar gegevens inzien, laten corrigeren of laten wissen, leg het verzoek dan dezelfde dag hier vast: kies “Nieuw verzoek”. De maand om te antwoorden begint wanneer het verzoek binnenkomt.</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nieuw verzoek</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Every right</source>
        <translation>Alle rechten</translation>
    </message>
    <message>
        <source>Right filter</source>
        <translation>Filter op recht</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Alle termijnen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Act within 7 days</source>
        <translation>Handelen binnen 7 dagen</translation>
    </message>
    <message>
        <source>Act within 14 days</source>
        <translation>Handelen binnen 14 dagen</translation>
    </message>
    <message>
        <source>Act within 30 days</source>
        <translation>Handelen binnen 30 dagen</translation>
    </message>
    <message>
        <source>Deadline filter</source>
        <translation>Filter op termijn</translation>
    </message>
    <message>
        <source>Closed cases too</source>
        <translation>Ook afgesloten zaken</translation>
    </message>
    <message>
        <source>Also list the answered, refused and withdrawn cases.</source>
        <translation>Ook de beantwoorde, afgewezen en ingetrokken zaken tonen.</translation>
    </message>
    <message>
        <source>%1; objection pending</source>
        <extracomment>a request&apos;s status in the list, with an objection under the Awb (bezwaar) not yet decided</extracomment>
        <translation>%1; bezwaar loopt</translation>
    </message>
    <message>
        <source>An objection (bezwaar) against the decision was received and is not decided yet.</source>
        <translation>Er is bezwaar gemaakt tegen het besluit en daarop is nog niet beslist.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>A backup is restored as a new register file; the register open now is not changed. The restored register records in its history which backup it came from.</source>
        <translation>Een back-up wordt teruggezet als nieuw registerbestand; het register dat nu open is, verandert niet. Het teruggezette register legt in zijn geschiedenis vast uit welke back-up het komt.</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Other backup &amp;file…</source>
        <translation>Ander back-up&amp;bestand…</translation>
    </message>
    <message>
        <source>&amp;Restore as new file…</source>
        <translation>&amp;Terugzetten als nieuw bestand…</translation>
    </message>
    <message>
        <source>No automatic backups of this register yet: one is kept each time it is closed after a change (Settings › Automatic backups). Choose another backup file instead.</source>
        <translation>Nog geen automatische back-ups van dit register: er wordt er een bewaard telkens als het na een wijziging wordt gesloten (Instellingen › Automatische back-ups). Kies anders een ander back-upbestand.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <source>Custodian registers (*.custodian);;All files (*)</source>
        <translation>Custodian-registers (*.custodian);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Gekozen bestand</translation>
    </message>
    <message>
        <source>The backup does not open with this register&apos;s passphrase. Its passphrase:</source>
        <translation>De back-up opent niet met de wachtzin van dit register. De wachtzin ervan:</translation>
    </message>
    <message>
        <source>Last change: %1. State %2.</source>
        <translation>Laatste wijziging: %1. Stand %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activit(y/ies)</source>
        <translation>
            <numerusform>%n verwerkingsactiviteit</numerusform>
            <numerusform>%n verwerkingsactiviteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n overeenkomst</numerusform>
            <numerusform>%n overeenkomsten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(y/ies)</source>
        <translation>
            <numerusform>%n partij</numerusform>
            <numerusform>%n partijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n open verzoek</numerusform>
            <numerusform>%n open verzoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open breach(es)</source>
        <translation>
            <numerusform>%n open datalek</numerusform>
            <numerusform>%n open datalekken</numerusform>
        </translation>
    </message>
    <message>
        <source>Its history verifies.</source>
        <translation>De geschiedenis klopt.</translation>
    </message>
    <message>
        <source>Its history does not verify: it was damaged or changed, and is not restored.</source>
        <translation>De geschiedenis klopt niet: die is beschadigd of gewijzigd en wordt niet teruggezet.</translation>
    </message>
    <message>
        <source>%1 restored %2</source>
        <translation>%1 teruggezet %2</translation>
    </message>
    <message>
        <source>Restore as new file</source>
        <translation>Terugzetten als nieuw bestand</translation>
    </message>
    <message>
        <source>Custodian registers (*.custodian)</source>
        <translation>Custodian-registers (*.custodian)</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RetentionRuleEditor</name>
    <message>
        <source>No data category follows a new rule yet.</source>
        <translation>Nog geen enkele gegevenscategorie volgt een nieuwe regel.</translation>
    </message>
    <message>
        <source>No processing activity keeps a data category under this rule.</source>
        <translation>Geen enkele verwerkingsactiviteit bewaart een gegevenscategorie onder deze regel.</translation>
    </message>
    <message>
        <source>New retention rule</source>
        <translation>Nieuwe bewaarregel</translation>
    </message>
    <message>
        <source>This rule is retired: it stays in the register&apos;s history but is no longer offered for new links. Use “Restore” to offer it again.</source>
        <translation>Deze regel is buiten gebruik gesteld: hij blijft in de geschiedenis van het register, maar wordt niet meer aangeboden voor nieuwe koppelingen. Gebruik “Terugzetten” om hem weer aan te bieden.</translation>
    </message>
    <message>
        <source>Reads as: %1</source>
        <translation>Luidt: %1</translation>
    </message>
    <message>
        <source>Retention period — Art. 30(1)(f), Art. 5(1)(e)</source>
        <translation>Bewaartermijn — art. 30 lid 1 onder f en art. 5 lid 1 onder e AVG</translation>
    </message>
    <message>
        <source>Legal ground of the period</source>
        <translation>Onderbouwing van de termijn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Gebruikt door</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Termijn:</translation>
    </message>
    <message>
        <source>Length of the period</source>
        <translation>Lengte van de termijn</translation>
    </message>
    <message>
        <source>Unit of the period</source>
        <translation>Eenheid van de termijn</translation>
    </message>
    <message>
        <source>No &amp;fixed period</source>
        <translation>Geen va&amp;ste termijn</translation>
    </message>
    <message>
        <source>For data kept as long as something lasts (a contract, an account) or under your own policy without a fixed term; say which in “Counted from”.</source>
        <translation>Voor gegevens die worden bewaard zolang iets duurt (een overeenkomst, een account) of volgens eigen beleid zonder vaste termijn; vermeld welke van de twee bij “Gerekend vanaf”.</translation>
    </message>
    <message>
        <source>e.g. Fiscal records</source>
        <translation>bijv. Fiscale administratie</translation>
    </message>
    <message>
        <source>e.g. after the end of the financial year</source>
        <translation>bijv. na het einde van het boekjaar</translation>
    </message>
    <message>
        <source>e.g. AWR art. 52(4); BW 2:10(3)</source>
        <translation>bijv. art. 52 lid 4 AWR; art. 2:10 lid 3 BW</translation>
    </message>
    <message>
        <source>How deletion is done and checked, exceptions, who decides.</source>
        <translation>Hoe verwijdering gebeurt en wordt gecontroleerd, uitzonderingen, wie beslist.</translation>
    </message>
    <message>
        <source>A statute sets the period (name the article); regulator guidance or your own policy when no statute does; or a contract.</source>
        <translation>Een wet bepaalt de termijn (noem het artikel); advies van de toezichthouder of eigen beleid als geen wet dat doet; of een overeenkomst.</translation>
    </message>
    <message>
        <source>Choose a retention rule in the list, or create a new one.</source>
        <translation>Kies een bewaarregel in de lijst, of maak een nieuwe.</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Bewaarregel</translation>
    </message>
    <message>
        <source>From the catalogue of Dutch retention periods (statute and guidance). Check it against your own situation and adapt it where needed.</source>
        <translation>Uit de catalogus van Nederlandse bewaartermijnen (wet en richtlijnen). Toets de regel aan de eigen situatie en pas hem waar nodig aan.</translation>
    </message>
    <message>
        <source>Processing activities that keep data categories under this rule, and legal holds that suspend deletion for some of them. Press Enter or double-click to open one.</source>
        <translation>Verwerkingsactiviteiten die gegevenscategorieën onder deze bewaarregel bewaren, en bewaarblokkades die de verwijdering voor een deel daarvan opschorten. Druk op Enter of dubbelklik om er een te openen.</translation>
    </message>
    <message>
        <source>For a public body, e.g. Selectielijst gemeenten en intergemeentelijke organen 2020</source>
        <translation>Voor een overheidsorganisatie, bijv. Selectielijst gemeenten en intergemeentelijke organen 2020</translation>
    </message>
    <message>
        <source>e.g. 1.1.3</source>
        <translation>bijv. 1.1.3</translation>
    </message>
    <message>
        <source>e.g. deleted from the application by a monthly job; paper shredded</source>
        <translation>bijv. maandelijks automatisch uit de applicatie verwijderd; papier versnipperd</translation>
    </message>
    <message>
        <source>When someone last checked that the data is really destroyed when the period ends.</source>
        <translation>Wanneer voor het laatst is gecontroleerd of de gegevens echt worden vernietigd als de termijn afloopt.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::RetentionRulesPage</name>
    <message>
        <source>Retention rules</source>
        <translation>Bewaarregels</translation>
    </message>
    <message>
        <source>Restore retention rule</source>
        <translation>Bewaarregel terugzetten</translation>
    </message>
    <message>
        <source>Retire retention rule</source>
        <translation>Bewaarregel buiten gebruik stellen</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activity(ies) keep data categories under it and keep doing so. The rule stays in their history and in the audit trail, but is no longer offered for new links. You can restore it later.</source>
        <translation>
            <numerusform>%n verwerkingsactiviteit bewaart gegevenscategorieën onder de regel en blijft dat doen. De regel blijft in hun geschiedenis en in de wijzigingsgeschiedenis, maar wordt niet meer aangeboden voor nieuwe koppelingen. Terugzetten kan later.</numerusform>
            <numerusform>%n verwerkingsactiviteiten bewaren gegevenscategorieën onder de regel en blijven dat doen. De regel blijft in hun geschiedenis en in de wijzigingsgeschiedenis, maar wordt niet meer aangeboden voor nieuwe koppelingen. Terugzetten kan later.</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity follows it. Retiring keeps it in the register&apos;s history and lets you restore it later; deleting removes it for good (the audit trail keeps a record of it).</source>
        <translation>Geen enkele activiteit volgt de regel. Buiten gebruik stellen bewaart hem in de geschiedenis van het register, zodat terugzetten later kan; verwijderen haalt hem definitief weg (de wijzigingsgeschiedenis houdt er een vermelding van bij).</translation>
    </message>
    <message>
        <source>New retention rule</source>
        <translation>Nieuwe bewaarregel</translation>
    </message>
    <message>
        <source>Adds the retention periods Dutch law sets (fiscal records, personnel files, Wwft, medical files, …) that are not in the register yet. Rules you renamed or retired are not added again.</source>
        <translation>Voegt de bewaartermijnen uit de Nederlandse wetgeving toe (fiscale administratie, personeelsdossiers, Wwft, medische dossiers, …) die nog niet in het register staan. Hernoemde of buiten gebruik gestelde regels worden niet opnieuw toegevoegd.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Soort bron</translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation>Rechtsbron</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Gebruikt door</translation>
    </message>
    <message>
        <source>How many processing activities keep data categories under the rule</source>
        <translation>Hoeveel verwerkingsactiviteiten gegevenscategorieën onder de regel bewaren</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activity(ies) keep data categories under this rule.</source>
        <translation>
            <numerusform>%n verwerkingsactiviteit bewaart gegevenscategorieën onder deze regel.</numerusform>
            <numerusform>%n verwerkingsactiviteiten bewaren gegevenscategorieën onder deze regel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dutch retention periods</source>
        <translation>Nederlandse bewaartermijnen</translation>
    </message>
    <message>
        <source>From the catalogue of Dutch retention periods (statute and guidance)</source>
        <translation>Uit de catalogus van Nederlandse bewaartermijnen (wet en richtlijnen)</translation>
    </message>
    <message>
        <source>No retention rules yet. Say how long each kind of data is kept and why: add the Dutch retention periods (fiscal records, personnel files, job applications, …) with “Add Dutch retention periods”, or write your own with “New retention rule”.</source>
        <translation>Nog geen bewaarregels. Leg vast hoe lang elke soort gegevens wordt bewaard en waarom: voeg de Nederlandse bewaartermijnen toe (fiscale administratie, personeelsdossiers, sollicitaties, …) met “Nederlandse bewaartermijnen toevoegen”, of stel eigen regels op met “Nieuwe bewaarregel”.</translation>
    </message>
    <message>
        <source>Add Dutch retention periods</source>
        <translation>Nederlandse bewaartermijnen toevoegen</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Bewaarblokkades</translation>
    </message>
    <message>
        <source>Active legal holds that suspend deletion for some of the data under the rule</source>
        <translation>Actieve bewaarblokkades die de verwijdering van een deel van de gegevens onder de bewaarregel opschorten</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n actief</numerusform>
            <numerusform>%n actief</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::ScreenshotTour</name>
    <message>
        <source>The screenshot %1 could not be written.</source>
        <translation>De schermafbeelding %1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>De map %1 kon niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::SectionPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>The new item has not been saved. Save it now?</source>
        <translation>Het nieuwe item is niet opgeslagen. Nu opslaan?</translation>
    </message>
    <message>
        <source>The changes to “%1” have not been saved. Save them now?</source>
        <translation>De wijzigingen in “%1” zijn niet opgeslagen. Nu opslaan?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) shown</source>
        <translation>
            <numerusform>%1 van %n item getoond</numerusform>
            <numerusform>%1 van %n items getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <source>Who changed this item, when, and what changed.</source>
        <translation>Wie dit item wanneer heeft gewijzigd, en wat er is gewijzigd.</translation>
    </message>
    <message>
        <source>%1 — the open item is hidden by the filters</source>
        <translation>%1 — het geopende item wordt door de filters verborgen</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::Severity</name>
    <message>
        <source>Error: %1</source>
        <translation>Fout: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::SingleInstance</name>
    <message>
        <source>The running Custodian did not answer.</source>
        <translation>Custodian is al geopend, maar reageerde niet.</translation>
    </message>
    <message>
        <source>Another Custodian is already running.</source>
        <translation>Custodian is al geopend.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::StartPage</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (niet gevonden)</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Keep your organisation&apos;s GDPR register — processing activities, agreements, retention periods, requests and breaches — in one encrypted file.</source>
        <translation>Houd het register van de verwerkingsactiviteiten (verwerkingsregister) en de rest van het AVG-register van de organisatie bij — verwerkingsactiviteiten, overeenkomsten, bewaartermijnen, verzoeken en datalekken — in één versleuteld bestand.</translation>
    </message>
    <message>
        <source>&amp;Create a new register…</source>
        <translation>&amp;Nieuw register maken…</translation>
    </message>
    <message>
        <source>Start an empty, encrypted register for your organisation.</source>
        <translation>Begin met een leeg, versleuteld register voor de organisatie.</translation>
    </message>
    <message>
        <source>&amp;Open a register…</source>
        <translation>Register &amp;openen…</translation>
    </message>
    <message>
        <source>Open a register file (.custodian) you or a colleague made before.</source>
        <translation>Open een bestaand registerbestand (.custodian), zelf gemaakt of van een collega.</translation>
    </message>
    <message>
        <source>&amp;Recent registers</source>
        <translation>&amp;Recente registers</translation>
    </message>
    <message>
        <source>&amp;Explore the demo register</source>
        <translation>&amp;Demoregister verkennen</translation>
    </message>
    <message>
        <source>A filled-in register of a fictional software company, to look around in.</source>
        <translation>Een ingevuld register van een fictief softwarebedrijf, om in rond te kijken.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;Tonen in map</translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation>&amp;Verwijderen uit deze lijst</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::StatementEditor</name>
    <message>
        <source>The statement no longer quotes this text: its translation is not used. Clear the translation to remove it.</source>
        <translation>De verklaring haalt deze tekst niet meer aan: de vertaling wordt niet gebruikt. Maak de vertaling leeg om haar te verwijderen.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>Save the statement first.</source>
        <translation>Sla de verklaring eerst op.</translation>
    </message>
    <message>
        <source>A retired statement is not published.</source>
        <translation>Een verklaring buiten gebruik wordt niet gepubliceerd.</translation>
    </message>
    <message>
        <source>Write the next version from the register and keep it as published.</source>
        <translation>De volgende versie uit het register schrijven en bewaren zoals gepubliceerd.</translation>
    </message>
    <message>
        <source>Say on the Organisation page in which language the register&apos;s texts are written: then the texts this statement quotes can be translated into its other language.</source>
        <translation>Geef op de pagina Organisatie aan in welke taal de teksten van het register zijn geschreven: dan kunnen de teksten die deze verklaring aanhaalt worden vertaald in haar andere taal.</translation>
    </message>
    <message>
        <source>The statement is published only in %1, the language of the register&apos;s texts: there is nothing to translate.</source>
        <translation>De verklaring wordt alleen in het %1 gepubliceerd, de taal van de teksten van het register: er is niets te vertalen.</translation>
    </message>
    <message>
        <source>The statement quotes these texts of the register, written in %1. Give each its translation: a text without one is quoted as written, and keeps the statement from being published in the other language.</source>
        <translation>De verklaring haalt deze teksten van het register aan, geschreven in het %1. Geef elke tekst een vertaling: een tekst zonder vertaling wordt aangehaald zoals hij is geschreven, en houdt publicatie van de verklaring in de andere taal tegen.</translation>
    </message>
    <message>
        <source>The statement could not be saved. Nothing was written.</source>
        <translation>De verklaring kon niet worden opgeslagen. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Version %1 was not published in %2.</source>
        <translation>Versie %1 is niet in het %2 gepubliceerd.</translation>
    </message>
    <message>
        <source>Web page in %1…</source>
        <translation>Webpagina in het %1…</translation>
    </message>
    <message>
        <source>Save the published statement</source>
        <translation>De gepubliceerde verklaring opslaan</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webpagina&apos;s (*.html)</translation>
    </message>
    <message>
        <source>New privacy statement</source>
        <translation>Nieuwe privacyverklaring</translation>
    </message>
    <message>
        <source>This statement is retired: it is no longer published. It keeps its versions; its audiences are free for another statement. Use “Restore” to publish it again.</source>
        <translation>Deze verklaring is buiten gebruik: zij wordt niet meer gepubliceerd. Zij houdt haar versies; haar doelgroepen zijn vrij voor een andere verklaring. Gebruik “Terugzetten” om haar weer te publiceren.</translation>
    </message>
    <message>
        <source>Choose a statement in the list, or create a new one.</source>
        <translation>Kies een verklaring in de lijst, of maak een nieuwe.</translation>
    </message>
    <message>
        <source>Privacy statement — Arts. 12–14 GDPR</source>
        <translation>Privacyverklaring — art. 12–14 AVG</translation>
    </message>
    <message>
        <source>What only the statement says. Everything else is written from the register: the processing published for its audiences, with bases, data, recipients, transfers, retention and the rights that follow.</source>
        <translation>Wat alleen de verklaring zegt. Al het andere wordt uit het register geschreven: de verwerkingen die voor haar doelgroepen worden gepubliceerd, met grondslagen, gegevens, ontvangers, doorgiften, bewaartermijnen en de rechten die daaruit volgen.</translation>
    </message>
    <message>
        <source>Texts of the statement</source>
        <translation>Teksten van de verklaring</translation>
    </message>
    <message>
        <source>In the language of the register&apos;s texts; translated on the next page.</source>
        <translation>In de taal van de teksten van het register; vertaald op de volgende pagina.</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Vertalingen</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Gepubliceerde versies</translation>
    </message>
    <message>
        <source>Each version is kept as it was published, with the register&apos;s state it was written from. The findings say when the register no longer says what the latest version says.</source>
        <translation>Elke versie wordt bewaard zoals zij is gepubliceerd, met de registerstand waaruit zij is geschreven. De bevindingen zeggen wanneer het register niet meer zegt wat de laatste versie zegt.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Verklaring</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>e.g. Privacy statement</source>
        <translation>bijv. Privacyverklaring</translation>
    </message>
    <message>
        <source>e.g. https://www.example.nl/privacy</source>
        <translation>bijv. https://www.example.nl/privacy</translation>
    </message>
    <message>
        <source>Who you are and what the statement is about, in a few sentences</source>
        <translation>Wie u bent en waar de verklaring over gaat, in een paar zinnen</translation>
    </message>
    <message>
        <source>e.g. We announce a new version on our website a month before it takes effect</source>
        <translation>bijv. Wij kondigen een nieuwe versie een maand voordat zij ingaat aan op onze website</translation>
    </message>
    <message>
        <source>e.g. On request we send you a sample letter for each right</source>
        <translation>bijv. Op verzoek sturen wij u voor elk recht een voorbeeldbrief</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Text in the register</source>
        <translation>Tekst in het register</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Vertaling</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat er veranderde</translation>
    </message>
    <message>
        <source>&amp;Publish new version…</source>
        <translation>Nieuwe versie &amp;publiceren…</translation>
    </message>
    <message>
        <source>Save &amp;web page…</source>
        <translation>&amp;Webpagina opslaan…</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::StatementsPage</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Published version</source>
        <translation>Gepubliceerde versie</translation>
    </message>
    <message>
        <source>Privacy statements</source>
        <translation>Privacyverklaringen</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Niet gepubliceerd</translation>
    </message>
    <message>
        <source>Version %1, from %2</source>
        <translation>Versie %1, vanaf %2</translation>
    </message>
    <message>
        <source>No privacy statement yet. A statement is written from the register for the audiences you choose (customers, website visitors, applicants…): its purposes, bases, recipients, retention and the rights that follow. Start with “New statement”, then publish its first version.</source>
        <translation>Nog geen privacyverklaring. Een verklaring wordt uit het register geschreven voor de doelgroepen die u kiest (klanten, websitebezoekers, sollicitanten…): de doeleinden, grondslagen, ontvangers, bewaartermijnen en de rechten die daaruit volgen. Begin met “Nieuwe verklaring” en publiceer dan de eerste versie.</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Nieuwe verklaring</translation>
    </message>
    <message>
        <source>Retire statement</source>
        <translation>Verklaring buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Restore statement</source>
        <translation>Verklaring terugzetten</translation>
    </message>
    <message>
        <source>The statement is no longer published. Retiring keeps it and its versions in the register, and frees its audiences for another statement; you can restore it later. A statement with published versions cannot be deleted.</source>
        <translation>De verklaring wordt niet meer gepubliceerd. Buiten gebruik stellen houdt haar en haar versies in het register en maakt haar doelgroepen vrij voor een andere verklaring; u kunt haar later terugzetten. Een verklaring met gepubliceerde versies kan niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::TextListEdit</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::TransferTable</name>
    <message>
        <source>Unknown party</source>
        <translation>Onbekende partij</translation>
    </message>
    <message>
        <source>Not yet documented</source>
        <translation>Nog niet vastgelegd</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>gecontroleerd op %1</translation>
    </message>
    <message>
        <source>No country yet</source>
        <translation>Nog geen land</translation>
    </message>
    <message>
        <source>Not yet documented: an auditor will ask on what ground the data may leave the EEA.</source>
        <translation>Nog niet vastgelegd: een auditor zal vragen op welke grond de gegevens de EER mogen verlaten.</translation>
    </message>
    <message>
        <source>The European Commission decided the country protects personal data adequately.</source>
        <translation>De Europese Commissie heeft besloten dat het land een passend beschermingsniveau voor persoonsgegevens biedt.</translation>
    </message>
    <message>
        <source>Only for US organisations certified under the Data Privacy Framework: check the DPF list and note the date you checked.</source>
        <translation>Alleen voor Amerikaanse organisaties die onder het EU-VS Data Privacy Framework (DPF) zijn gecertificeerd: controleer de DPF-lijst en noteer de datum van de controle.</translation>
    </message>
    <message>
        <source>Choose the module of the 2021/914 clauses and keep a transfer impact assessment.</source>
        <translation>Kies de module van de standaardcontractbepalingen (besluit 2021/914) en leg een doorgiftebeoordeling (TIA) vast.</translation>
    </message>
    <message>
        <source>Binding corporate rules approved by a supervisory authority; keep a transfer impact assessment.</source>
        <translation>Bindende bedrijfsvoorschriften, goedgekeurd door een toezichthoudende autoriteit; leg een doorgiftebeoordeling (TIA) vast.</translation>
    </message>
    <message>
        <source>Art. 49: only for occasional transfers. Document the suitable safeguards below where the second subparagraph of Art. 49(1) applies.</source>
        <translation>Art. 49 AVG: alleen voor incidentele doorgiften. Beschrijf hieronder de passende waarborgen als art. 49 lid 1, tweede alinea, AVG van toepassing is.</translation>
    </message>
    <message>
        <source>No module</source>
        <translation>Geen module</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanisme</translation>
    </message>
    <message>
        <source>TIA</source>
        <translation>TIA</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>Doorgifte toevoegen</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>Doorgifte verwijderen</translation>
    </message>
    <message>
        <source>No transfers outside the EEA. Add one for each country data goes to, naming the country.</source>
        <translation>Geen doorgiften buiten de EER. Voeg er een toe voor elk land waar gegevens naartoe gaan, met de naam van het land.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Ontvanger:</translation>
    </message>
    <message>
        <source>Not a party in the register</source>
        <translation>Geen partij uit het register</translation>
    </message>
    <message>
        <source>New party…</source>
        <translation>Nieuwe partij…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ga naar</translation>
    </message>
    <message>
        <source>Recipient of the transfer</source>
        <translation>Ontvanger van de doorgifte</translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation>Doorgiftemechanisme:</translation>
    </message>
    <message>
        <source>SCC module:</source>
        <translation>SCC-module:</translation>
    </message>
    <message>
        <source>TIA reference:</source>
        <translation>Vindplaats TIA:</translation>
    </message>
    <message>
        <source>Where the transfer impact assessment is kept</source>
        <translation>Waar de doorgiftebeoordeling (TIA) is vastgelegd</translation>
    </message>
    <message>
        <source>DPF checked on:</source>
        <translation>DPF gecontroleerd op:</translation>
    </message>
    <message>
        <source>DPF certification checked on</source>
        <translation>DPF-certificering gecontroleerd op</translation>
    </message>
    <message>
        <source>Safeguards:</source>
        <translation>Waarborgen:</translation>
    </message>
    <message>
        <source>Art. 49(1) second subparagraph: the suitable safeguards</source>
        <translation>Art. 49 lid 1, tweede alinea, AVG: de passende waarborgen</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>SCC-module</translation>
    </message>
    <message>
        <source>TIA reference</source>
        <translation>Vindplaats TIA</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Waarborgen</translation>
    </message>
    <message>
        <source>A country, or the international organisation</source>
        <translation>Een land, of de internationale organisatie</translation>
    </message>
    <message>
        <source>Not a derogation</source>
        <translation>Geen afwijking</translation>
    </message>
    <message>
        <source>Derogation:</source>
        <translation>Afwijking:</translation>
    </message>
    <message>
        <source>Derogation of Art. 49(1)</source>
        <translation>Afwijking van art. 49 lid 1 AVG</translation>
    </message>
    <message>
        <source>HR data:</source>
        <translation>HR-gegevens:</translation>
    </message>
    <message>
        <source>The DPF certification covers HR data</source>
        <translation>De DPF-certificering dekt HR-gegevens</translation>
    </message>
    <message>
        <source>A legally binding and enforceable instrument between public authorities or bodies; keep a transfer impact assessment.</source>
        <translation>Een juridisch bindend en afdwingbaar instrument tussen overheidsinstanties of -organen; bewaar een doorgiftetoetsing (TIA).</translation>
    </message>
    <message>
        <source>Standard data protection clauses adopted by a supervisory authority and approved by the Commission; keep a transfer impact assessment.</source>
        <translation>Standaardbepalingen inzake gegevensbescherming, vastgesteld door een toezichthoudende autoriteit en goedgekeurd door de Commissie; bewaar een doorgiftetoetsing (TIA).</translation>
    </message>
    <message>
        <source>Only together with the recipient&apos;s binding and enforceable commitments to apply the safeguards; describe them below and keep a transfer impact assessment.</source>
        <translation>Alleen samen met bindende en afdwingbare toezeggingen van de ontvanger om de waarborgen toe te passen; beschrijf die hieronder en bewaar een doorgiftetoetsing (TIA).</translation>
    </message>
    <message>
        <source>Needs the authorisation of the competent supervisory authority (in the Netherlands the Autoriteit Persoonsgegevens): record its reference and date.</source>
        <translation>Vereist toestemming van de bevoegde toezichthoudende autoriteit (in Nederland de Autoriteit Persoonsgegevens): leg het kenmerk en de datum vast.</translation>
    </message>
    <message>
        <source>Say which safeguard of Art. 46 the transfer rests on: choose it in the list.</source>
        <translation>Zeg op welke waarborg van art. 46 AVG de doorgifte steunt: kies die in de lijst.</translation>
    </message>
    <message>
        <source>Authorisation:</source>
        <translation>Toestemming:</translation>
    </message>
    <message>
        <source>Art. 46(3): the supervisory authority&apos;s decision, reference and date</source>
        <translation>Art. 46 lid 3 AVG: het besluit van de toezichthoudende autoriteit, kenmerk en datum</translation>
    </message>
    <message>
        <source>Authorisation of the supervisory authority</source>
        <translation>Toestemming van de toezichthoudende autoriteit</translation>
    </message>
    <message>
        <source>Copy available from:</source>
        <translation>Kopie verkrijgbaar via:</translation>
    </message>
    <message>
        <source>How people obtain a copy of the safeguards, e.g. privacy@example.nl</source>
        <translation>Hoe iemand een kopie van de waarborgen krijgt, bijv. privacy@voorbeeld.nl</translation>
    </message>
    <message>
        <source>Copy of the safeguards available from</source>
        <translation>Kopie van de waarborgen verkrijgbaar via</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::TypedEditor</name>
    <message>
        <source>New measure…</source>
        <translation>Nieuwe maatregel…</translation>
    </message>
    <message>
        <source>Go to measure</source>
        <translation>Ga naar maatregel</translation>
    </message>
    <message>
        <source>No measures in the register yet: add one with “New measure…”.</source>
        <translation>Nog geen maatregelen in het register: voeg er een toe met “Nieuwe maatregel…”.</translation>
    </message>
</context>
<context>
    <name>Custodian::Ui::UnlockDialog</name>
    <message>
        <source>Enter the passphrase of this register.</source>
        <translation>Voer de wachtzin van dit register in.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <source>Unlock register</source>
        <translation>Register ontgrendelen</translation>
    </message>
    <message>
        <source>Enter the passphrase for %1</source>
        <translation>Voer de wachtzin voor %1 in</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>%1 is not a working day: it is a Saturday.</source>
        <translation>%1 is geen werkdag: het is een zaterdag.</translation>
    </message>
    <message>
        <source>%1 is not a working day: it is a Sunday.</source>
        <translation>%1 is geen werkdag: het is een zondag.</translation>
    </message>
    <message>
        <source>%1 is not a working day: it is a public holiday (%2).</source>
        <translation>%1 is geen werkdag: het is een feestdag (%2).</translation>
    </message>
    <message>
        <source>%1 is passed over as well: a period of two days or more must include at least two working days (Reg. 1182/71 art. 3(5)).</source>
        <translation>Ook %1 wordt overgeslagen: een termijn van twee dagen of meer moet ten minste twee werkdagen omvatten (Verordening 1182/71, art. 3 lid 5).</translation>
    </message>
    <message>
        <source>One month from receipt of the request (GDPR art. 12(3))</source>
        <translation>Eén maand na ontvangst van het verzoek (art. 12 lid 3 AVG)</translation>
    </message>
    <message>
        <source>Three months from receipt of the request: one month extended by two further months (GDPR art. 12(3))</source>
        <translation>Drie maanden na ontvangst van het verzoek: één maand, verlengd met nog eens twee maanden (art. 12 lid 3 AVG)</translation>
    </message>
    <message>
        <source>The data subject must be told of the extension within one month of receipt of the request (GDPR art. 12(3))</source>
        <translation>De betrokkene moet binnen één maand na ontvangst van het verzoek over de verlenging worden geïnformeerd (art. 12 lid 3 AVG)</translation>
    </message>
    <message>
        <source>A period of one month from %1</source>
        <translation>Een termijn van één maand vanaf %1</translation>
    </message>
    <message>
        <source>A period of %1 months from %2</source>
        <translation>Een termijn van %1 maanden vanaf %2</translation>
    </message>
    <message>
        <source>A period of one day from %1</source>
        <translation>Een termijn van één dag vanaf %1</translation>
    </message>
    <message>
        <source>A period of %1 days from %2</source>
        <translation>Een termijn van %1 dagen vanaf %2</translation>
    </message>
    <message>
        <source>A period of one hour from %1</source>
        <translation>Een termijn van één uur vanaf %1</translation>
    </message>
    <message>
        <source>A period of %1 hours from %2</source>
        <translation>Een termijn van %1 uur vanaf %2</translation>
    </message>
    <message>
        <source>Counted under Regulation (EEC, Euratom) No 1182/71: the day of the event does not count (art. 3(1)); the period ends on the day of the last month that has the same number as the day of the event, or on the last day of that month when it has no such day (art. 3(2)(c)).</source>
        <translation>Berekend volgens Verordening (EEG, Euratom) nr. 1182/71: de dag van de gebeurtenis telt niet mee (art. 3 lid 1); de termijn eindigt op de dag van de laatste maand met hetzelfde dagnummer als de dag van de gebeurtenis, of op de laatste dag van die maand als die maand zo&apos;n dag niet heeft (art. 3 lid 2 onder c).</translation>
    </message>
    <message>
        <source>Counted under Regulation (EEC, Euratom) No 1182/71: the day of the event does not count (art. 3(1)); the period starts the next day and ends at the end of its last day (art. 3(2)(b)).</source>
        <translation>Berekend volgens Verordening (EEG, Euratom) nr. 1182/71: de dag van de gebeurtenis telt niet mee (art. 3 lid 1); de termijn begint de volgende dag en eindigt aan het einde van de laatste dag (art. 3 lid 2 onder b).</translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Regel: %1.</translation>
    </message>
    <message>
        <source>%1 at %2 (UTC%3)</source>
        <translation>%1 om %2 (UTC%3)</translation>
    </message>
    <message>
        <source>Became aware of the breach on %1.</source>
        <translation>Kennisname van het datalek: %1.</translation>
    </message>
    <message>
        <source>The period starts on %1.</source>
        <translation>De termijn begint op %1.</translation>
    </message>
    <message>
        <source>The offset from UTC changes from %1 to %2 within the period (daylight-saving time); the hours are elapsed time, so the clock time of the deadline differs from that of the start.</source>
        <translation>Het verschil met UTC verandert binnen de termijn van %1 naar %2 (zomer- of wintertijd); de uren zijn verstreken tijd, dus de kloktijd van het einde van de termijn wijkt af van die van het begin.</translation>
    </message>
    <message>
        <source>Deadline: %1.</source>
        <translation>Uiterste tijdstip: %1.</translation>
    </message>
    <message>
        <source>Without moving, the period would end on %1: that month has no day %2, so the period ends on its last day.</source>
        <translation>Zonder verschuiving zou de termijn eindigen op %1: die maand heeft geen dag %2, dus de termijn eindigt op de laatste dag van die maand.</translation>
    </message>
    <message>
        <source>Without moving, the period would end on %1.</source>
        <translation>Zonder verschuiving zou de termijn eindigen op %1.</translation>
    </message>
    <message>
        <source>A period whose last day is a Saturday, Sunday or public holiday ends at the end of the next working day (Reg. 1182/71 art. 3(4)).</source>
        <translation>Een termijn waarvan de laatste dag een zaterdag, zondag of feestdag is, eindigt aan het einde van de eerstvolgende werkdag (Verordening 1182/71, art. 3 lid 4).</translation>
    </message>
    <message>
        <source>Public holidays are those of the calendar %1.</source>
        <translation>De feestdagen zijn die van de kalender %1.</translation>
    </message>
    <message>
        <source>The period ends at the end of %1.</source>
        <translation>De termijn eindigt aan het einde van %1.</translation>
    </message>
    <message>
        <source>Internal target: %1, the day of the event, because the margin of working days would put it before the event.</source>
        <translation>Interne streefdatum: %1, de dag van de gebeurtenis, omdat de marge in werkdagen de streefdatum anders vóór de gebeurtenis zou leggen.</translation>
    </message>
    <message>
        <source>Notify the supervisory authority without undue delay and, where feasible, within %1 hours of becoming aware of the breach, unless it is unlikely to result in a risk to people (GDPR art. 33(1)); a later notification gives the reasons for the delay</source>
        <translation>Meld het datalek zonder onredelijke vertraging en zo mogelijk binnen %1 uur na kennisname aan de toezichthoudende autoriteit, tenzij het datalek waarschijnlijk geen risico voor personen oplevert (art. 33 lid 1 AVG); een latere melding vermeldt de redenen voor de vertraging</translation>
    </message>
    <message>
        <source>The hours are counted as elapsed time from the moment of awareness, through nights, weekends, public holidays and daylight-saving changes, and never moved to a working day. This is simpler and up to an hour earlier than Reg. 1182/71 art. 3(1) and 3(2)(a), which leave out the hour the event occurs in: a deliberate, conservative choice.</source>
        <translation>De uren worden geteld als verstreken tijd vanaf het moment van kennisname, ook door nachten, weekenden, feestdagen en de overgang naar zomer- of wintertijd heen, en nooit naar een werkdag verschoven. Dat is eenvoudiger en tot een uur eerder dan Verordening 1182/71, art. 3 lid 1 en lid 2 onder a, die het uur waarin de gebeurtenis plaatsvindt niet meetellen: een bewuste, voorzichtige keuze.</translation>
    </message>
    <message>
        <source>Act by %1: %2 is a public holiday on the national list, but whether it counts for a time limit of EU law is not settled (Reg. 1182/71 art. 2(1)). Counted as a working day, the period ends on %1; a deadline met late is the dangerous error.</source>
        <translation>Handel uiterlijk op %1: %2 is een feestdag volgens de nationale lijst, maar of die meetelt voor een termijn van Unierecht staat niet vast (Verordening 1182/71, art. 2 lid 1). Als werkdag geteld eindigt de termijn op %1; een te laat gehaalde termijn is de gevaarlijke fout.</translation>
    </message>
    <message>
        <source>Internal target: %1, the day to act by itself (no margin is configured).</source>
        <translation>Interne streefdatum: %1, de uiterste handeldatum zelf (er is geen marge ingesteld).</translation>
    </message>
    <message>
        <source>Internal target: %1, one working day before the day to act by.</source>
        <translation>Interne streefdatum: %1, één werkdag vóór de uiterste handeldatum.</translation>
    </message>
    <message>
        <source>Internal target: %1, %2 working days before the day to act by.</source>
        <translation>Interne streefdatum: %1, %2 werkdagen vóór de uiterste handeldatum.</translation>
    </message>
</context>
<context>
    <name>DeadlineCommand</name>
    <message>
        <source>Usage:
  custodian-cli deadline request --received YYYY-MM-DD [--extended] [options]
  custodian-cli deadline breach --aware DATETIME [--json]
  custodian-cli deadline days --from YYYY-MM-DD --days N [options]
  custodian-cli deadline holidays --year YYYY [--calendar CODE] [--json]
  custodian-cli deadline calendars [--json]

request   the answer to a data subject&apos;s request: one month from receipt, three months when
          --extended (GDPR art. 12(3))
breach    the notification of a breach: 72 hours from the moment of awareness (GDPR art. 33(1));
          DATETIME is ISO 8601, such as 2026-03-27T14:30 (local time) or 2026-03-27T14:30+01:00
days      the end of a period of N days after a day, such as an objection window

Options:
  --calendar CODE     holiday calendar (default NL)
  --target-days N     working days between the internal target and the deadline (default 5)
  --json              print the deadline with the rule applied and the days skipped, as JSON

Dates are counted under Regulation (EEC, Euratom) No 1182/71; see &quot;How Custodian counts deadlines&quot;
in the README.
</source>
        <translation>Gebruik:
  custodian-cli deadline request --received YYYY-MM-DD [--extended] [options]
  custodian-cli deadline breach --aware DATETIME [--json]
  custodian-cli deadline days --from YYYY-MM-DD --days N [options]
  custodian-cli deadline holidays --year YYYY [--calendar CODE] [--json]
  custodian-cli deadline calendars [--json]

request   het antwoord op een verzoek van een betrokkene: één maand na ontvangst, drie maanden
          met --extended (art. 12 lid 3 AVG)
breach    de melding van een datalek: 72 uur na het moment van kennisname (art. 33 lid 1 AVG);
          DATETIME is ISO 8601, zoals 2026-03-27T14:30 (lokale tijd) of 2026-03-27T14:30+01:00
days      het einde van een termijn van N dagen na een bepaalde dag, zoals een termijn voor bezwaar

Opties:
  --calendar CODE     feestdagenkalender (standaard NL)
  --target-days N     werkdagen tussen de interne streefdatum en de termijn (standaard 5)
  --json              de termijn als JSON tonen, met de toegepaste regel en de overgeslagen dagen

Datums worden berekend volgens Verordening (EEG, Euratom) nr. 1182/71; zie &quot;How Custodian counts
deadlines&quot; in de README.
</translation>
    </message>
    <message>
        <source>custodian-cli: unexpected argument &apos;%1&apos;</source>
        <translation>custodian-cli: onverwacht argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>custodian-cli: unknown option &apos;--%1&apos; for &apos;deadline %2&apos;</source>
        <translation>custodian-cli: onbekende optie &apos;--%1&apos; voor &apos;deadline %2&apos;</translation>
    </message>
    <message>
        <source>custodian-cli: option &apos;--%1&apos; is given more than once</source>
        <translation>custodian-cli: optie &apos;--%1&apos; is meer dan één keer opgegeven</translation>
    </message>
    <message>
        <source>custodian-cli: option &apos;--%1&apos; takes no value</source>
        <translation>custodian-cli: optie &apos;--%1&apos; accepteert geen waarde</translation>
    </message>
    <message>
        <source>custodian-cli: option &apos;--%1&apos; needs a value</source>
        <translation>custodian-cli: optie &apos;--%1&apos; vereist een waarde</translation>
    </message>
    <message>
        <source>custodian-cli: &apos;deadline %1&apos; needs --%2 YYYY-MM-DD</source>
        <translation>custodian-cli: &apos;deadline %1&apos; vereist --%2 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>custodian-cli: invalid date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation>custodian-cli: ongeldige datum &apos;%1&apos; (verwacht: YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>custodian-cli: &apos;deadline %1&apos; needs --%2 DATETIME</source>
        <translation>custodian-cli: &apos;deadline %1&apos; vereist --%2 DATETIME</translation>
    </message>
    <message>
        <source>custodian-cli: invalid date and time &apos;%1&apos; (expected ISO 8601, such as 2026-03-27T14:30 or 2026-03-27T14:30+01:00)</source>
        <translation>custodian-cli: ongeldige datum en tijd &apos;%1&apos; (verwacht: ISO 8601, zoals 2026-03-27T14:30 of 2026-03-27T14:30+01:00)</translation>
    </message>
    <message>
        <source>custodian-cli: &apos;%1&apos; does not exist in the local time zone (the clocks skip it for daylight-saving time)</source>
        <translation>custodian-cli: &apos;%1&apos; bestaat niet in de lokale tijdzone (de klok slaat dit tijdstip over bij de overgang naar zomertijd)</translation>
    </message>
    <message>
        <source>custodian-cli: invalid value &apos;%1&apos; for --%2 (expected a whole number from %3 to %4)</source>
        <translation>custodian-cli: ongeldige waarde &apos;%1&apos; voor --%2 (verwacht: een geheel getal van %3 tot en met %4)</translation>
    </message>
    <message>
        <source>custodian-cli: unknown holiday calendar &apos;%1&apos; (available: %2)</source>
        <translation>custodian-cli: onbekende feestdagenkalender &apos;%1&apos; (beschikbaar: %2)</translation>
    </message>
    <message>
        <source>custodian-cli: %1</source>
        <translation>custodian-cli: %1</translation>
    </message>
    <message>
        <source>custodian-cli: &apos;deadline days&apos; needs --days N</source>
        <translation>custodian-cli: &apos;deadline days&apos; vereist --days N</translation>
    </message>
    <message>
        <source>custodian-cli: &apos;deadline holidays&apos; needs --year YYYY</source>
        <translation>custodian-cli: &apos;deadline holidays&apos; vereist --year YYYY</translation>
    </message>
    <message>
        <source>custodian-cli: missing deadline kind (expected request, breach, days, holidays or calendars; see &apos;custodian-cli deadline --help&apos;)</source>
        <translation>custodian-cli: soort termijn ontbreekt (verwacht: request, breach, days, holidays of calendars; zie &apos;custodian-cli deadline --help&apos;)</translation>
    </message>
    <message>
        <source>custodian-cli: unknown deadline kind &apos;%1&apos; (expected request, breach, days, holidays or calendars)</source>
        <translation>custodian-cli: onbekende soort termijn &apos;%1&apos; (verwacht: request, breach, days, holidays of calendars)</translation>
    </message>
    <message>
        <source>custodian-cli: the year %1 is outside the years the calculator counts in, %2 to %3 (the Gregorian calendar, four-digit years)</source>
        <translation>custodian-cli: het jaar %1 valt buiten de jaren waarin de rekenhulp rekent, %2 tot en met %3 (de gregoriaanse kalender, jaartallen van vier cijfers)</translation>
    </message>
    <message>
        <source>custodian-cli: the deadline would fall after %1-12-31, the last day the calculator counts in</source>
        <translation>custodian-cli: de termijn zou na %1-12-31 vallen, de laatste dag waarin de rekenhulp rekent</translation>
    </message>
    <message>
        <source>custodian-cli: the time zone TZ=%1 is not known on this system, so the local time &apos;%2&apos; cannot be placed; give the time with its offset from UTC (such as %3) or set TZ to a known time zone (such as Europe/Amsterdam)</source>
        <translation>custodian-cli: de tijdzone TZ=%1 is op dit systeem onbekend, zodat de lokale tijd &apos;%2&apos; niet kan worden geplaatst; geef de tijd met het verschil met UTC (zoals %3) of stel TZ in op een bekende tijdzone (zoals Europe/Amsterdam)</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>Unknown holiday calendar &quot;%1&quot; (available: %2).</source>
        <translation>Onbekende feestdagenkalender &quot;%1&quot; (beschikbaar: %2).</translation>
    </message>
    <message>
        <source>The holiday calendar file for &quot;%1&quot; declares the code &quot;%2&quot;.</source>
        <translation>Het feestdagenkalenderbestand voor &quot;%1&quot; vermeldt de code &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>(document)</translation>
    </message>
    <message>
        <source>Cannot open the holiday calendar file %1: %2</source>
        <translation>Kan het feestdagenkalenderbestand %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Cannot read the holiday calendar %1: %2</source>
        <translation>Kan de feestdagenkalender %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>the JSON is malformed at offset %1 (%2).</source>
        <translation>de JSON is ongeldig op positie %1 (%2).</translation>
    </message>
    <message>
        <source>the document must be a JSON object.</source>
        <translation>het document moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>format %1 is not supported (this version reads format 1).</source>
        <translation>formaat %1 wordt niet ondersteund (deze versie leest formaat 1).</translation>
    </message>
    <message>
        <source>&quot;code&quot; must be upper-case letters, digits, &quot;-&quot; or &quot;_&quot;, such as &quot;NL&quot;.</source>
        <translation>&quot;code&quot; mag alleen hoofdletters, cijfers, &quot;-&quot; of &quot;_&quot; bevatten, zoals &quot;NL&quot;.</translation>
    </message>
    <message>
        <source>&quot;holidays&quot; must be a list.</source>
        <translation>&quot;holidays&quot; moet een lijst zijn.</translation>
    </message>
    <message>
        <source>the holiday &quot;%1&quot; is listed twice.</source>
        <translation>de feestdag &quot;%1&quot; staat er twee keer in.</translation>
    </message>
</context>
<context>
    <name>HolidayRule</name>
    <message>
        <source>A holiday entry has no &quot;id&quot;.</source>
        <translation>Een feestdag heeft geen &quot;id&quot;.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: the field &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation>Feestdag &quot;%1&quot;: het veld &quot;%2&quot; moet een geheel getal van %3 tot en met %4 zijn.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: month %2 has no day %3.</source>
        <translation>Feestdag &quot;%1&quot;: maand %2 heeft geen dag %3.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: &quot;moveIf&quot; must map weekday names to a number of days.</source>
        <translation>Feestdag &quot;%1&quot;: &quot;moveIf&quot; moet namen van weekdagen koppelen aan een aantal dagen.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: unknown weekday &quot;%2&quot;.</source>
        <translation>Feestdag &quot;%1&quot;: onbekende weekdag &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: unknown computus &quot;%2&quot; (expected gregorian or orthodox).</source>
        <translation>Feestdag &quot;%1&quot;: onbekende paasberekening (computus) &quot;%2&quot; (verwacht: gregorian of orthodox).</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: &quot;%2&quot; is not a valid date (expected YYYY-MM-DD).</source>
        <translation>Feestdag &quot;%1&quot;: &quot;%2&quot; is geen geldige datum (verwacht: YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: unknown rule &quot;%2&quot; (expected fixed, easter, weekdayOnOrAfter or date).</source>
        <translation>Feestdag &quot;%1&quot;: onbekende regel &quot;%2&quot; (verwacht: fixed, easter, weekdayOnOrAfter of date).</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: unknown field &quot;%2&quot;.</source>
        <translation>Feestdag &quot;%1&quot;: onbekend veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: firstYear %2 is after lastYear %3.</source>
        <translation>Feestdag &quot;%1&quot;: firstYear %2 ligt na lastYear %3.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: the name in &quot;%2&quot; must be a non-empty text.</source>
        <translation>Feestdag &quot;%1&quot;: de naam in &quot;%2&quot; mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: &quot;name&quot; must give at least an English name (&quot;en&quot;).</source>
        <translation>Feestdag &quot;%1&quot;: &quot;name&quot; moet ten minste een Engelse naam (&quot;en&quot;) bevatten.</translation>
    </message>
    <message>
        <source>Holiday &quot;%1&quot;: &quot;disputed&quot; must be true or false.</source>
        <translation>Feestdag &quot;%1&quot;: &quot;disputed&quot; moet true of false zijn.</translation>
    </message>
</context>
<context>
    <name>QSqlDriver</name>
    <message>
        <source>Driver not loaded</source>
        <translation>Stuurprogramma niet geladen</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>De database is niet geopend</translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>Kan de SQL-instructie niet voorbereiden</translation>
    </message>
    <message>
        <source>The query is empty</source>
        <translation>De query is leeg</translation>
    </message>
    <message>
        <source>Only one SQL statement is allowed per query</source>
        <translation>Per query is maar één SQL-instructie toegestaan</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Aantal parameters klopt niet</translation>
    </message>
    <message>
        <source>The statement expects %1 values, %2 were bound</source>
        <translation>De SQL-instructie verwacht %1 waarden, er zijn er %2 gebonden</translation>
    </message>
    <message>
        <source>Unable to bind a value</source>
        <translation>Kan een waarde niet binden</translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation>Kan de SQL-instructie niet uitvoeren</translation>
    </message>
    <message>
        <source>No statement has been prepared</source>
        <translation>Er is geen SQL-instructie voorbereid</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>Kan de rij niet ophalen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A GDPR register in one encrypted file.</source>
        <translation>Een AVG-register in één versleuteld bestand.</translation>
    </message>
    <message>
        <source>A register to open.</source>
        <translation>Een register om te openen.</translation>
    </message>
    <message>
        <source>custodian: --quit-after-start needs a number of milliseconds</source>
        <translation>custodian: --quit-after-start vereist een aantal milliseconden</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo register.</source>
        <translation>Een nieuwe kopie van het demoregister openen.</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Register openen</translation>
    </message>
    <message>
        <source>The file name %1 is not valid UTF-8 text, so Custodian cannot open the file under its own name. Rename the file so that its name is UTF-8 text, then open it again.</source>
        <translation>De bestandsnaam %1 is geen geldige UTF-8-tekst, zodat Custodian het bestand niet onder zijn eigen naam kan openen. Geef het bestand een naam in UTF-8-tekst en open het opnieuw.</translation>
    </message>
    <message>
        <source>Open the demo register and write a screenshot of every screen to DIR, then quit.</source>
        <translation>Het demoregister openen, van elk scherm een schermafbeelding in DIR schrijven en dan afsluiten.</translation>
    </message>
    <message>
        <source>With --tour: the language of the screens (nl or en).</source>
        <translation>Met --tour: de taal van de schermen (nl of en).</translation>
    </message>
    <message>
        <source>With --tour: the window size (default 1280x800).</source>
        <translation>Met --tour: de venstergrootte (standaard 1280x800).</translation>
    </message>
    <message>
        <source>custodian: --size needs a width and height such as 1280x800, at least 640x480</source>
        <translation>custodian: --size vraagt een breedte en hoogte zoals 1280x800, minstens 640x480</translation>
    </message>
    <message>
        <source>custodian: --lang takes one of: %1</source>
        <translation>custodian: --lang kent alleen: %1</translation>
    </message>
</context>
</TS>
