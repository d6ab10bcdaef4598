<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>detente</name>
    <message>
        <source>This article is in the database already.</source>
        <translation>Dieser Artikel ist bereits in der Datenbank.</translation>
    </message>
    <message>
        <source>Detente timeline</source>
        <translation>Detente-Zeitleiste</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>die SVG-Datei konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>die PDF-Datei konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>a new page could not be added</source>
        <translation>eine neue Seite konnte nicht angefügt werden</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>dense lanes show how many events start there, coloured by their mix of:</source>
        <translation>dichte Spuren zeigen, wie viele Ereignisse dort beginnen, gefärbt nach ihrer Mischung aus:</translation>
    </message>
    <message>
        <source>Goldstein score: how cooperative or conflictual the type of event is</source>
        <translation>Goldstein-Wert: wie kooperativ oder konfliktreich die Art des Ereignisses ist</translation>
    </message>
    <message>
        <source>exact date</source>
        <translation>genaues Datum</translation>
    </message>
    <message>
        <source>vague date: the whole possible range</source>
        <translation>ungenaues Datum: der ganze mögliche Zeitraum</translation>
    </message>
    <message>
        <source>dashed: likely, not certain</source>
        <translation>gestrichelt: wahrscheinlich, nicht sicher</translation>
    </message>
    <message>
        <source>towards the target</source>
        <translation>zum Ziel hin</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>cannot tell the format from &quot;%1&quot; (use .png, .jpg, .svg or .pdf)</source>
        <translation>das Format ist aus „%1“ nicht zu erkennen (verwenden Sie .png, .jpg, .svg oder .pdf)</translation>
    </message>
    <message>
        <source>the picture must be at least 16×16 pixels</source>
        <translation>das Bild muss mindestens 16×16 Pixel groß sein</translation>
    </message>
    <message>
        <source>%1×%2 pixels is larger than %3 on a side</source>
        <translation>%1×%2 Pixel: eine Seite ist länger als %3</translation>
    </message>
    <message>
        <source>pages must be from 1 to 100</source>
        <translation>die Seitenzahl muss zwischen 1 und 100 liegen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object: {&quot;actors&quot;: [ … ]}</source>
        <translation>die Datei muss ein JSON-Objekt enthalten: {&quot;actors&quot;: [ … ]}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list [ … ]</source>
        <translation>„%1“ muss eine Liste sein [ … ]</translation>
    </message>
    <message>
        <source>actor %1 of &quot;actors&quot; has no &quot;name&quot;</source>
        <translation>Akteur %1 in „actors“ hat keinen „name“</translation>
    </message>
    <message>
        <source>actor &quot;%1&quot;: unknown &quot;kind&quot; &quot;%2&quot; (state, organisation, person or group)</source>
        <translation>Akteur „%1“: unbekannte „kind“ „%2“ (state, organisation, person oder group)</translation>
    </message>
    <message>
        <source>actor &quot;%1&quot;: &quot;%2&quot; must be text in quotes</source>
        <translation>Akteur „%1“: „%2“ muss Text in Anführungszeichen sein</translation>
    </message>
    <message>
        <source>actor &quot;%1&quot;: &quot;%2&quot; must be a list of names in quotes</source>
        <translation>Akteur „%1“: „%2“ muss eine Liste von Namen in Anführungszeichen sein</translation>
    </message>
    <message>
        <source>&quot;places&quot; must be a list of names in quotes</source>
        <translation>„places“ muss eine Liste von Namen in Anführungszeichen sein</translation>
    </message>
    <message>
        <source>conflict %1 of &quot;conflicts&quot; has no &quot;name&quot;</source>
        <translation>Konflikt %1 in „conflicts“ hat keinen „name“</translation>
    </message>
    <message>
        <source>conflict &quot;%1&quot;: &quot;start&quot; must be a date YYYY-MM-DD</source>
        <translation>Konflikt „%1“: „start“ muss ein Datum JJJJ-MM-TT sein</translation>
    </message>
</context>
<context>
    <name>detente::ActorDialog</name>
    <message>
        <source>Edit Actor</source>
        <translation>Akteur bearbeiten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>CAMEO or ISO code, e.g. CHN</source>
        <translation>CAMEO- oder ISO-Code, z. B. CHN</translation>
    </message>
    <message>
        <source>for a person, e.g. Foreign Minister</source>
        <translation>bei einer Person, z. B. Außenminister</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemanden)</translation>
    </message>
    <message>
        <source>Other names for this actor, one per line (e.g. its capital)</source>
        <translation>Weitere Namen dieses Akteurs, einer pro Zeile (z. B. seine Hauptstadt)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>A&amp;mt:</translation>
    </message>
    <message>
        <source>&amp;Speaks for:</source>
        <translation>&amp;Spricht für:</translation>
    </message>
    <message>
        <source>&amp;Also called:</source>
        <translation>Auch &amp;genannt:</translation>
    </message>
</context>
<context>
    <name>detente::ActorPanel</name>
    <message>
        <source>Find an actor</source>
        <translation>Akteur suchen</translation>
    </message>
    <message>
        <source>Involving any checked actor</source>
        <translation>Mit einem der angehakten Akteure</translation>
    </message>
    <message>
        <source>Between two actors</source>
        <translation>Zwischen zwei Akteuren</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <translation>%1 bearbeiten…</translation>
    </message>
</context>
<context>
    <name>detente::AppDatabase</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot load the bundled events: %1</source>
        <translation>die mitgelieferten Ereignisse können nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>detente::ArticleDialog</name>
    <message>
        <source>Import Article</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Paste the article&apos;s text here, or open a text file.</source>
        <translation>Fügen Sie hier den Text des Artikels ein oder öffnen Sie eine Textdatei.</translation>
    </message>
    <message>
        <source>The article&apos;s headline (optional)</source>
        <translation>Die Überschrift des Artikels (optional)</translation>
    </message>
    <message>
        <source>Where it was published (optional)</source>
        <translation>Wo er erschienen ist (optional)</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Erschienen am:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Date as written</source>
        <translation>Datum wie geschrieben</translation>
    </message>
    <message>
        <source>Resolved to</source>
        <translation>Gedeutet als</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>&amp;Date as written:</source>
        <translation>&amp;Datum wie geschrieben:</translation>
    </message>
    <message>
        <source>Resolves to:</source>
        <translation>Gedeutet als:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>We&amp;r:</translation>
    </message>
    <message>
        <source>To &amp;whom:</source>
        <translation>&amp;Gegenüber wem:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>Ereig&amp;nis:</translation>
    </message>
    <message>
        <source>Events found (untick to leave one out):</source>
        <translation>Gefundene Ereignisse (Haken entfernen, um eines auszulassen):</translation>
    </message>
    <message>
        <source>as you set it</source>
        <translation>wie von Ihnen festgelegt</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an article.</source>
        <translation>%1 ist zu groß für einen Artikel.</translation>
    </message>
    <message>
        <source>as stated in the text</source>
        <translation>wie im Text angegeben</translation>
    </message>
    <message>
        <source>not stated in the text: please check it</source>
        <translation>nicht im Text angegeben: bitte prüfen</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>nicht verstanden</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>%1 (%2%3, against %4)</source>
        <translation>%1 (%2%3, bezogen auf %4)</translation>
    </message>
    <message>
        <source>not a date expression the program understands</source>
        <translation>keine Datumsangabe, die das Programm versteht</translation>
    </message>
    <message>
        <source>Paste or open an article.</source>
        <translation>Fügen Sie einen Artikel ein oder öffnen Sie einen.</translation>
    </message>
    <message>
        <source>No dated events were found in this text.</source>
        <translation>In diesem Text wurden keine datierten Ereignisse gefunden.</translation>
    </message>
    <message>
        <source>A kept event&apos;s date is not understood: rewrite it or untick the event.</source>
        <translation>Das Datum eines behaltenen Ereignisses wird nicht verstanden: Formulieren Sie es um oder entfernen Sie den Haken.</translation>
    </message>
    <message>
        <source>Every event is left out: tick the ones to save.</source>
        <translation>Alle Ereignisse sind ausgelassen: Setzen Sie einen Haken bei denen, die gespeichert werden sollen.</translation>
    </message>
    <message>
        <source>%1 of %2 events will be saved with the article.</source>
        <translation>%1 von %2 Ereignissen werden mit dem Artikel gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>as stated in the file</source>
        <translation>wie in der Datei angegeben</translation>
    </message>
    <message>
        <source>The text changed: review the events again, then Save.</source>
        <translation>Der Text hat sich geändert: Prüfen Sie die Ereignisse erneut und speichern Sie dann.</translation>
    </message>
</context>
<context>
    <name>detente::ArticleImport</name>
    <message>
        <source>line %1: not UTF-8 text; save the article as UTF-8</source>
        <translation>Zeile %1: kein UTF-8-Text; speichern Sie den Artikel als UTF-8</translation>
    </message>
</context>
<context>
    <name>detente::ArticleWindow</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>erschienen am %1</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Text des Artikels</translation>
    </message>
</context>
<context>
    <name>detente::BulkInsert</name>
    <message>
        <source>the import has ended</source>
        <translation>der Import ist bereits beendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>an event without a title</source>
        <translation>ein Ereignis ohne Titel</translation>
    </message>
    <message>
        <source>event &quot;%1&quot; has no valid date</source>
        <translation>das Ereignis „%1“ hat kein gültiges Datum</translation>
    </message>
    <message>
        <source>event &quot;%1&quot;: Goldstein score %2 is outside -10…10</source>
        <translation>Ereignis „%1“: der Goldstein-Wert %2 liegt außerhalb von -10…10</translation>
    </message>
    <message>
        <source>event &quot;%1&quot;: QuadClass %2 is not 1…4</source>
        <translation>Ereignis „%1“: QuadClass %2 ist nicht 1…4</translation>
    </message>
    <message>
        <source>event &quot;%1&quot;: confidence %2 is not 0…1</source>
        <translation>Ereignis „%1“: die Konfidenz %2 liegt nicht in 0…1</translation>
    </message>
    <message>
        <source>event &quot;%1&quot;: %2</source>
        <translation>Ereignis „%1“: %2</translation>
    </message>
    <message>
        <source>an event answers an unknown event &quot;%1&quot;</source>
        <translation>ein Ereignis antwortet auf ein unbekanntes Ereignis „%1“</translation>
    </message>
</context>
<context>
    <name>detente::Colors</name>
    <message>
        <source>verbal cooperation</source>
        <translation>verbale Kooperation</translation>
    </message>
    <message>
        <source>material cooperation</source>
        <translation>materielle Kooperation</translation>
    </message>
    <message>
        <source>verbal conflict</source>
        <translation>verbaler Konflikt</translation>
    </message>
    <message>
        <source>material conflict</source>
        <translation>materieller Konflikt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>detente::CsvReader</name>
    <message>
        <source>not an event CSV: the header has no &quot;%1&quot; column (it has: %2)</source>
        <translation>keine Ereignis-CSV: der Kopfzeile fehlt die Spalte „%1“ (sie hat: %2)</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>kein Titel</translation>
    </message>
    <message>
        <source>start &quot;%1&quot; is not a date</source>
        <translation>der Beginn „%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>end &quot;%1&quot; is not a date after the start</source>
        <translation>das Ende „%1“ ist kein Datum nach dem Beginn</translation>
    </message>
    <message>
        <source>unknown precision &quot;%1&quot;</source>
        <translation>unbekannte Genauigkeit „%1“</translation>
    </message>
    <message>
        <source>goldstein &quot;%1&quot; is not a number from -10 to 10</source>
        <translation>der Goldstein-Wert „%1“ ist keine Zahl von -10 bis 10</translation>
    </message>
    <message>
        <source>not an event CSV: the file is empty</source>
        <translation>keine Ereignis-CSV: die Datei ist leer</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen wird vor dem Ende der Datei nicht geschlossen</translation>
    </message>
    <message>
        <source>not UTF-8 text; save the file as UTF-8</source>
        <translation>kein UTF-8-Text; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>the record is longer than 1 MiB; no event is that long</source>
        <translation>der Datensatz ist länger als 1 MiB; so lang ist kein Ereignis</translation>
    </message>
    <message>
        <source>a quoted field runs over too many lines</source>
        <translation>ein Feld in Anführungszeichen erstreckt sich über zu viele Zeilen</translation>
    </message>
    <message>
        <source>%1 %2, the header has %3</source>
        <translation>%1 %2, die Kopfzeile hat %3</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>Felder</translation>
    </message>
</context>
<context>
    <name>detente::CsvWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>detente::DataExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written</source>
        <translation>der Datenträger ist voll oder nicht beschreibbar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>detente::DataExportJob</name>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>Detente JSON, imports back exactly (*.json)</source>
        <translation>Detente-JSON, lässt sich genau so wieder importieren (*.json)</translation>
    </message>
    <message>
        <source>TimelineJS JSON, for the web (*.json)</source>
        <translation>TimelineJS-JSON, für das Web (*.json)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>The events could not be exported: %1</source>
        <translation>Die Ereignisse konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Exporting to %1: %L2 of %L3 events…</source>
        <translation>Export nach %1: %L2 von %L3 Ereignissen…</translation>
    </message>
</context>
<context>
    <name>detente::DataImport</name>
    <message>
        <source>Import Data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>Event data and articles (*.csv *.CSV *.tsv *.tab *.txt *.json *.gz *.zip);;All files (*)</source>
        <translation>Ereignisdaten und Artikel (*.csv *.CSV *.tsv *.tab *.txt *.json *.gz *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>An import is running; wait for it or cancel it first.</source>
        <translation>Ein Import läuft; warten Sie, bis er fertig ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>This database is read-only; open another to import into.</source>
        <translation>Diese Datenbank ist schreibgeschützt; öffnen Sie eine andere, um zu importieren.</translation>
    </message>
    <message>
        <source>Import Article</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>der Import wurde abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>%1 wird importiert (%2 von %3)…</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing was imported and the database is unchanged.</source>
        <translation>%1: abgebrochen; nichts wurde importiert und die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: nichts wurde importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) imported</source>
        <translation>
            <numerusform>%1: %n Ereignis importiert</numerusform>
            <numerusform>%1: %n Ereignisse importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n Duplikat übersprungen</numerusform>
            <numerusform>, %n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n line(s) skipped as unreadable.</source>
        <translation>
            <numerusform>, %n unlesbare Zeile übersprungen.</numerusform>
            <numerusform>, %n unlesbare Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the first %2 of %3 skipped lines:</source>
        <translation>%1: die ersten %2 von %3 übersprungenen Zeilen:</translation>
    </message>
    <message>
        <source>%1: skipped lines:</source>
        <translation>%1: übersprungene Zeilen:</translation>
    </message>
    <message>
        <source>  All of them are listed in %1</source>
        <translation>  Alle sind in %1 aufgeführt</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>detente::Database</name>
    <message>
        <source>out of memory</source>
        <translation>nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <source>the database is in use by another program (locked); try again when it has finished</source>
        <translation>die Datenbank wird von einem anderen Programm benutzt (gesperrt); versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>die Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written (%1)</source>
        <translation>der Datenträger ist voll oder nicht beschreibbar (%1)</translation>
    </message>
    <message>
        <source>database not found: %1</source>
        <translation>Datenbank nicht gefunden: %1</translation>
    </message>
    <message>
        <source>not a database file: %1</source>
        <translation>keine Datenbankdatei: %1</translation>
    </message>
    <message>
        <source>cannot read the database %1: permission denied</source>
        <translation>die Datenbank %1 kann nicht gelesen werden: keine Berechtigung</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>not a readable SQLite database (%1)</source>
        <translation>keine lesbare SQLite-Datenbank (%1)</translation>
    </message>
    <message>
        <source>the file holds a %1 (&quot;%2&quot;) that Detente does not create, so it was refused; the file was not changed</source>
        <translation>die Datei enthält ein Objekt vom Typ %1 („%2“), das Detente nicht anlegt, und wurde deshalb abgelehnt; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>written by a newer Detente (schema %1; this program knows up to %2); the file was not changed</source>
        <translation>von einem neueren Detente geschrieben (Schema %1; dieses Programm kennt nur bis Schema %2); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>an SQLite file that is not a Detente database; the file was not changed</source>
        <translation>eine SQLite-Datei, die keine Detente-Datenbank ist; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>the database needs to be created but is read-only</source>
        <translation>die Datenbank müsste angelegt werden, ist aber schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot write a backup before upgrading: %1</source>
        <translation>vor der Aktualisierung kann keine Sicherungskopie geschrieben werden: %1</translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation>die Aktualisierung auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot read the older database into memory: %1</source>
        <translation>die ältere Datenbank kann nicht in den Arbeitsspeicher gelesen werden: %1</translation>
    </message>
    <message>
        <source>database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the database file %1 was deleted, moved or replaced by another program while it was open; nothing was written (open it again)</source>
        <translation>die Datenbankdatei %1 wurde von einem anderen Programm gelöscht, verschoben oder ersetzt, während sie geöffnet war; nichts wurde geschrieben (öffnen Sie sie erneut)</translation>
    </message>
    <message>
        <source>transaction already ended</source>
        <translation>die Transaktion ist bereits beendet</translation>
    </message>
    <message>
        <source>a copy cannot replace the database it is made from</source>
        <translation>eine Kopie kann nicht die Datenbank ersetzen, aus der sie erstellt wird</translation>
    </message>
    <message>
        <source>cannot save a copy as %1: %2</source>
        <translation>eine Kopie kann nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>detente::DatabaseJson</name>
    <message>
        <source>source %1: missing &quot;key&quot;</source>
        <translation>Quelle %1: &quot;key&quot; fehlt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>detente::DetailsPane</name>
    <message>
        <source>Event details</source>
        <translation>Einzelheiten zum Ereignis</translation>
    </message>
    <message>
        <source>Click an event on the timeline to see its details.</source>
        <translation>Klicken Sie auf ein Ereignis in der Zeitleiste, um seine Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>resolved against %1</source>
        <translation>bezogen auf %1</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, für %2</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Gewissheit</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>According to</source>
        <translation>Laut</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>erschienen am %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>characters %1–%2 of the source</source>
        <translation>Zeichen %1–%2 der Quelle</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format, see QLocale</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format, see QLocale</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format, see QLocale</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>CAMEO %1</source>
        <translation>CAMEO %1</translation>
    </message>
    <message>
        <source>Goldstein %1</source>
        <translation>Goldstein %1</translation>
    </message>
    <message>
        <source>Coded as</source>
        <translation>Codiert als</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet durch</translation>
    </message>
    <message>
        <source>Reported by %1 sources</source>
        <translation>Von %1 Quellen berichtet</translation>
    </message>
    <message>
        <source>Show article</source>
        <translation>Artikel anzeigen</translation>
    </message>
</context>
<context>
    <name>detente::EditCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>detente::EventDialog</name>
    <message>
        <source>Edit Event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <source>e.g. on Thursday, early 2023, 25 April 2024, 2024-04-25</source>
        <translation>z. B. on Thursday, early 2023, 25 April 2024, 2024-04-25 (auf Englisch)</translation>
    </message>
    <message>
        <source>The day relative dates are counted from (the article&apos;s publication date)</source>
        <translation>Der Tag, von dem aus relative Angaben gezählt werden (das Erscheinungsdatum des Artikels)</translation>
    </message>
    <message>
        <source>from the kind</source>
        <translation>aus der Art</translation>
    </message>
    <message>
        <source>The CAMEO event code (leading zeros matter); empty: the kind&apos;s</source>
        <translation>Der CAMEO-Ereigniscode (führende Nullen zählen); leer: der Code der Art</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Counted from:</source>
        <translation>Gezählt a&amp;b:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>S&amp;ource actor:</source>
        <translation>&amp;Handelnder Akteur:</translation>
    </message>
    <message>
        <source>Tar&amp;get actor:</source>
        <translation>Zi&amp;elakteur:</translation>
    </message>
    <message>
        <source>CAMEO c&amp;ode:</source>
        <translation>CAMEO-C&amp;ode:</translation>
    </message>
    <message>
        <source>Go&amp;ldstein score:</source>
        <translation>Go&amp;ldstein-Wert:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>A&amp;ntwort auf:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>→ %1 (%2; EDTF %3)</source>
        <translation>→ %1 (%2; EDTF %3)</translation>
    </message>
    <message>
        <source>Type when it happened.</source>
        <translation>Geben Sie ein, wann es geschah.</translation>
    </message>
    <message>
        <source>Not a date Detente can read.</source>
        <translation>Kein Datum, das Detente lesen kann.</translation>
    </message>
</context>
<context>
    <name>detente::EventJson</name>
    <message>
        <source>missing &quot;title&quot;</source>
        <translation>&quot;title&quot; fehlt</translation>
    </message>
    <message>
        <source>bad or missing &quot;start&quot;: &quot;%1&quot;</source>
        <translation>ungültiger oder fehlender Wert für &quot;start&quot;: „%1“</translation>
    </message>
    <message>
        <source>bad &quot;end&quot;: &quot;%1&quot;</source>
        <translation>ungültiger Wert für &quot;end&quot;: „%1“</translation>
    </message>
    <message>
        <source>&quot;end&quot; %1 is before &quot;start&quot; %2</source>
        <translation>&quot;end&quot; %1 liegt vor &quot;start&quot; %2</translation>
    </message>
    <message>
        <source>unknown &quot;precision&quot;: &quot;%1&quot;</source>
        <translation>unbekannter Wert für &quot;precision&quot;: „%1“</translation>
    </message>
    <message>
        <source>an actor without a name</source>
        <translation>ein Akteur ohne Namen</translation>
    </message>
    <message>
        <source>unknown actor role &quot;%1&quot;</source>
        <translation>unbekannte Akteursrolle „%1“</translation>
    </message>
    <message>
        <source>a person without a name</source>
        <translation>eine Person ohne Namen</translation>
    </message>
    <message>
        <source>bad &quot;offsets&quot;</source>
        <translation>ungültiger Wert für &quot;offsets&quot;</translation>
    </message>
    <message>
        <source>unknown &quot;confidence&quot;: &quot;%1&quot;</source>
        <translation>unbekannter Wert für &quot;confidence&quot;: „%1“</translation>
    </message>
    <message>
        <source>&quot;confidence&quot; must be between 0 and 1</source>
        <translation>&quot;confidence&quot; muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>&quot;cameo_code&quot; must be a string (leading zeros matter)</source>
        <translation>&quot;cameo_code&quot; muss eine Zeichenkette sein (führende Nullen zählen)</translation>
    </message>
    <message>
        <source>&quot;quad_class&quot; must be 1, 2, 3 or 4</source>
        <translation>&quot;quad_class&quot; muss 1, 2, 3 oder 4 sein</translation>
    </message>
    <message>
        <source>&quot;goldstein&quot; must be between -10 and 10</source>
        <translation>&quot;goldstein&quot; muss zwischen -10 und 10 liegen</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected an object with an &quot;events&quot; array</source>
        <translation>erwartet wurde ein Objekt mit einem Array &quot;events&quot;</translation>
    </message>
    <message>
        <source>actor %1: missing name or unknown kind &quot;%2&quot;</source>
        <translation>Akteur %1: Name fehlt oder unbekannte Art „%2“</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message>
        <source>the document names no source key</source>
        <translation>das Dokument nennt keinen Quellenschlüssel</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1</source>
        <translation>kein gültiges JSON bei Byte %1</translation>
    </message>
</context>
<context>
    <name>detente::EventListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Goldstein</source>
        <translation>Goldstein</translation>
    </message>
</context>
<context>
    <name>detente::EventStore</name>
    <message>
        <source>an actor without a name</source>
        <translation>ein Akteur ohne Namen</translation>
    </message>
    <message>
        <source>the event is not stored</source>
        <translation>das Ereignis ist nicht gespeichert</translation>
    </message>
    <message>
        <source>an event without a title</source>
        <translation>ein Ereignis ohne Titel</translation>
    </message>
    <message>
        <source>event &quot;%1&quot; has no valid date</source>
        <translation>das Ereignis „%1“ hat kein gültiges Datum</translation>
    </message>
    <message>
        <source>no event %1</source>
        <translation>kein Ereignis %1</translation>
    </message>
    <message>
        <source>no actor &quot;%1&quot;</source>
        <translation>kein Akteur „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are the same actor</source>
        <translation>„%1“ und „%2“ sind derselbe Akteur</translation>
    </message>
    <message>
        <source>a view needs a name</source>
        <translation>eine Ansicht braucht einen Namen</translation>
    </message>
    <message>
        <source>an actor needs a name</source>
        <translation>ein Akteur braucht einen Namen</translation>
    </message>
    <message>
        <source>another actor is called &quot;%1&quot;</source>
        <translation>ein anderer Akteur heißt bereits „%1“</translation>
    </message>
    <message>
        <source>an actor cannot speak for itself</source>
        <translation>ein Akteur kann nicht für sich selbst sprechen</translation>
    </message>
    <message>
        <source>no actor %1</source>
        <translation>kein Akteur %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names another actor</source>
        <translation>„%1“ ist bereits der Name eines anderen Akteurs</translation>
    </message>
</context>
<context>
    <name>detente::Export</name>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 Quelle</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 Quellen</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>exportiert am %1</translation>
    </message>
</context>
<context>
    <name>detente::ExportDialog</name>
    <message>
        <source>What is on &amp;screen</source>
        <translation>Was auf dem &amp;Bildschirm ist</translation>
    </message>
    <message>
        <source>&amp;All events</source>
        <translation>&amp;Alle Ereignisse</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Art des Ereignisses</translation>
    </message>
    <message>
        <source>QuadClass</source>
        <translation>QuadClass</translation>
    </message>
    <message>
        <source>Goldstein score</source>
        <translation>Goldstein-Wert</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>Kein Titel</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>pixels, scale</source>
        <translation>Pixel, Maßstab</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>Färben &amp;nach:</translation>
    </message>
    <message>
        <source>PDF &amp;pages:</source>
        <translation>PDF-&amp;Seiten:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;JPEG-Bild (*.jpg);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Name the file .png, .jpg, .svg or .pdf.</source>
        <translation>Benennen Sie die Datei mit .png, .jpg, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>side by side in time, on</source>
        <translation>zeitlich nebeneinander, auf</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
</context>
<context>
    <name>detente::FilterChips</name>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Clear All</source>
        <translation>Alle aufheben</translation>
    </message>
    <message>
        <source>Show every event again (Ctrl+Shift+Backspace)</source>
        <translation>Wieder alle Ereignisse zeigen (Strg+Umschalt+Rücktaste)</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
</context>
<context>
    <name>detente::FilterPanel</name>
    <message>
        <source>Not coded</source>
        <translation>Nicht codiert</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Goldstein</source>
        <translation>&amp;Goldstein</translation>
    </message>
    <message>
        <source>Kinds of event</source>
        <translation>Arten von Ereignissen</translation>
    </message>
    <message>
        <source>Kinds of event, grouped by QuadClass: uncheck what to hide</source>
        <translation>Arten von Ereignissen, nach QuadClass gruppiert: Haken entfernen, um sie auszublenden</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Lowest Goldstein score</source>
        <translation>Niedrigster Goldstein-Wert</translation>
    </message>
    <message>
        <source>Highest Goldstein score</source>
        <translation>Höchster Goldstein-Wert</translation>
    </message>
    <message>
        <source>The Goldstein score rates the type of event from -10 (most conflictual) to +10 (most cooperative); events without a score are hidden while this is on</source>
        <translation>Der Goldstein-Wert bewertet die Art des Ereignisses von -10 (am konfliktreichsten) bis +10 (am kooperativsten); Ereignisse ohne Wert sind ausgeblendet, solange dies eingeschaltet ist</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Minimum number of sources</source>
        <translation>Mindestzahl an Quellen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>At least &amp;sources:</source>
        <translation>Mindestens &amp;Quellen:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>(no kind)</source>
        <translation>(keine Art)</translation>
    </message>
    <message>
        <source>No event has a tag yet</source>
        <translation>Noch hat kein Ereignis ein Schlagwort</translation>
    </message>
    <message>
        <source>Keep only events with any checked tag</source>
        <translation>Nur Ereignisse mit einem der angehakten Schlagwörter behalten</translation>
    </message>
</context>
<context>
    <name>detente::Gazetteer</name>
    <message>
        <source>larger than %1 MB, too large for a gazetteer</source>
        <translation>größer als %1 MB, zu groß für ein Ortsverzeichnis</translation>
    </message>
    <message>
        <source>line %1, column %2: %3 (not valid JSON)</source>
        <translation>Zeile %1, Spalte %2: %3 (kein gültiges JSON)</translation>
    </message>
    <message>
        <source>Your gazetteer is not used: %1. Actors are found with the bundled gazetteer until the file is fixed.</source>
        <translation>Ihr Verzeichnis der Akteure wird nicht verwendet: %1. Akteure werden mit dem mitgelieferten Verzeichnis erkannt, bis die Datei korrigiert ist.</translation>
    </message>
</context>
<context>
    <name>detente::GdeltReader</name>
    <message>
        <source>GLOBALEVENTID &quot;%1&quot; is not a number</source>
        <translation>GLOBALEVENTID „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>SQLDATE &quot;%1&quot; is not a date (YYYYMMDD)</source>
        <translation>SQLDATE „%1“ ist kein Datum (JJJJMMTT)</translation>
    </message>
    <message>
        <source>EventCode &quot;%1&quot; is not a CAMEO code</source>
        <translation>EventCode „%1“ ist kein CAMEO-Code</translation>
    </message>
    <message>
        <source>%1 %2, expected 57, 58 or 61</source>
        <translation>%1 %2, erwartet 57, 58 oder 61</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>not a GDELT event file (%1)</source>
        <translation>keine GDELT-Ereignisdatei (%1)</translation>
    </message>
</context>
<context>
    <name>detente::IcewsReader</name>
    <message>
        <source>not an ICEWS event file: the header has no &quot;%1&quot; column</source>
        <translation>keine ICEWS-Ereignisdatei: der Kopfzeile fehlt die Spalte „%1“</translation>
    </message>
    <message>
        <source>%1 columns, the header has %2</source>
        <translation>%1 Spalten, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>no Event ID</source>
        <translation>keine Event ID</translation>
    </message>
    <message>
        <source>Event Date &quot;%1&quot; is not a date</source>
        <translation>Event Date „%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>not an ICEWS event file: it is empty</source>
        <translation>keine ICEWS-Ereignisdatei: sie ist leer</translation>
    </message>
</context>
<context>
    <name>detente::Importer</name>
    <message>
        <source>no title</source>
        <translation>kein Titel</translation>
    </message>
    <message>
        <source>no valid date</source>
        <translation>kein gültiges Datum</translation>
    </message>
    <message>
        <source>Goldstein score %1 is outside -10…10</source>
        <translation>der Goldstein-Wert %1 liegt außerhalb von -10…10</translation>
    </message>
    <message>
        <source>QuadClass %1 is not 1…4</source>
        <translation>QuadClass %1 ist nicht 1…4</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a text file (it holds binary data)</source>
        <translation>keine Textdatei (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <source>line %1: not UTF-8 text; save the file as UTF-8</source>
        <translation>Zeile %1: kein UTF-8-Text; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>not a file Detente can import: the first line is neither a GDELT record, an ICEWS or CSV header nor JSON</source>
        <translation>keine Datei, die Detente importieren kann: die erste Zeile ist weder ein GDELT-Datensatz noch eine ICEWS- oder CSV-Kopfzeile noch JSON</translation>
    </message>
    <message>
        <source>an article needs its publication date to resolve dates such as &quot;on Thursday&quot;</source>
        <translation>ein Artikel braucht sein Erscheinungsdatum, um Datumsangaben wie „on Thursday“ zu deuten</translation>
    </message>
    <message>
        <source>this article is in the database already</source>
        <translation>dieser Artikel ist bereits in der Datenbank</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>der Import wurde abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation>%1; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>no event could be read; the first problem: %1</source>
        <translation>kein Ereignis konnte gelesen werden; das erste Problem: %1</translation>
    </message>
    <message>
        <source>cannot read this TimelineJS file: %1</source>
        <translation>diese TimelineJS-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read this Detente event file: %1</source>
        <translation>diese Detente-Ereignisdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
</context>
<context>
    <name>detente::JsonStream</name>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>detente::LineReader</name>
    <message>
        <source>cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot start gzip decompression</source>
        <translation>das Entpacken (gzip) kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a zip archive without a file in it</source>
        <translation>„%1“ ist ein ZIP-Archiv, das keine Datei enthält</translation>
    </message>
    <message>
        <source>the zip archive is truncated</source>
        <translation>das ZIP-Archiv ist abgeschnitten</translation>
    </message>
    <message>
        <source>the zip archive is encrypted</source>
        <translation>das ZIP-Archiv ist verschlüsselt</translation>
    </message>
    <message>
        <source>the zip entry is stored without its size; unzip it first</source>
        <translation>der ZIP-Eintrag ist ohne seine Größe gespeichert; entpacken Sie ihn zuerst</translation>
    </message>
    <message>
        <source>the zip entry uses compression method %1; only deflate is read</source>
        <translation>der ZIP-Eintrag verwendet die Kompressionsmethode %1; gelesen wird nur Deflate</translation>
    </message>
    <message>
        <source>cannot start zip decompression</source>
        <translation>das Entpacken (ZIP) kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>the compressed data ends early in line %1: the file is truncated</source>
        <translation>die komprimierten Daten enden vorzeitig in Zeile %1: die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1)</source>
        <translation>die komprimierten Daten sind beschädigt (%1)</translation>
    </message>
    <message>
        <source>line %1 is longer than 64 MiB</source>
        <translation>Zeile %1 ist länger als 64 MiB</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
</context>
<context>
    <name>detente::MainWindow</name>
    <message>
        <source>Detente</source>
        <translation>Detente</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Event list</source>
        <translation>Ereignisliste</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation>Ereignisse durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Import &amp;Article…</source>
        <translation>&amp;Artikel importieren…</translation>
    </message>
    <message>
        <source>Import Article</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>This database is read-only.</source>
        <translation>Diese Datenbank ist schreibgeschützt.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the article with %n event(s)</source>
        <translation>
            <numerusform>Artikel mit %n Ereignis gespeichert</numerusform>
            <numerusform>Artikel mit %n Ereignissen gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Copy View as Image</source>
        <translation>Ansicht als Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Fo&amp;rward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Colour By</source>
        <translation>&amp;Färben nach</translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation>&amp;Akteur</translation>
    </message>
    <message>
        <source>&amp;Kind of Event</source>
        <translation>A&amp;rt des Ereignisses</translation>
    </message>
    <message>
        <source>&amp;QuadClass (Cooperation / Conflict)</source>
        <translation>&amp;QuadClass (Kooperation / Konflikt)</translation>
    </message>
    <message>
        <source>&amp;Goldstein Score</source>
        <translation>&amp;Goldstein-Wert</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>Sp&amp;uren</translation>
    </message>
    <message>
        <source>By &amp;Actor</source>
        <translation>Nach &amp;Akteur</translation>
    </message>
    <message>
        <source>By &amp;Kind of Event</source>
        <translation>Nach A&amp;rt des Ereignisses</translation>
    </message>
    <message>
        <source>&amp;One Lane</source>
        <translation>&amp;Eine Spur</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Alle Filter &amp;entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backspace</source>
        <translation>Ctrl+Shift+Backspace</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>O&amp;pen View</source>
        <translation>Ansicht &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;About Detente</source>
        <translation>Ü&amp;ber Detente</translation>
    </message>
    <message>
        <source>Cannot read the events: %1</source>
        <translation>Die Ereignisse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 – Detente</source>
        <translation>%1 – Detente</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot filter: %1</source>
        <translation>Filtern nicht möglich: %1</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Wird gefiltert …</translation>
    </message>
    <message>
        <source>Filtering</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>%1 of %2 events shown</source>
        <translation>%1 von %2 Ereignissen angezeigt</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation>Zwischen %1 und %2</translation>
    </message>
    <message>
        <source>Only the exchanges of this pair, in either direction</source>
        <translation>Nur der Austausch dieses Paares, in beide Richtungen</translation>
    </message>
    <message>
        <source>No actor</source>
        <translation>Kein Akteur</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Akteure: %1</translation>
    </message>
    <message>
        <source>No kind</source>
        <translation>Keine Art</translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translation>Arten: %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Goldstein %1 to %2</source>
        <translation>Goldstein %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>At least %n source(s)</source>
        <translation>
            <numerusform>Mindestens %n Quelle</numerusform>
            <numerusform>Mindestens %n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Words: “%1”</source>
        <translation>Wörter: „%1“</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation>Eine Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no saved view called “%1”.</source>
        <translation>Es gibt keine gespeicherte Ansicht namens „%1“.</translation>
    </message>
    <message>
        <source>The saved view “%1” cannot be read: %2</source>
        <translation>Die gespeicherte Ansicht „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>View “%1”</source>
        <translation>Ansicht „%1“</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view (filters, range, lanes and colours; `detente export --view NAME` uses it):</source>
        <translation>Name der Ansicht (Filter, Zeitraum, Spuren und Farben; `detente export --view NAME` verwendet sie):</translation>
    </message>
    <message>
        <source>Replace the saved view “%1”?</source>
        <translation>Die gespeicherte Ansicht „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>Ansicht „%1“ gespeichert</translation>
    </message>
    <message>
        <source>Open View</source>
        <translation>Ansicht öffnen</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”?</source>
        <translation>Die gespeicherte Ansicht „%1“ löschen?</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Detente databases (*.detente *.sqlite *.db);;All files (*)</source>
        <translation>Detente-Datenbanken (*.detente *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Copied the view as an image</source>
        <translation>Ansicht als Bild kopiert</translation>
    </message>
    <message>
        <source>About Detente</source>
        <translation>Über Detente</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Detente %1&lt;/h3&gt;&lt;p&gt;Diplomatic events on a zoomable timeline: who did what to whom, when, and according to whom.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Detente %1&lt;/h3&gt;&lt;p&gt;Diplomatische Ereignisse auf einer zoombaren Zeitleiste: wer wem gegenüber was getan hat, wann und laut wem.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Neues Ereignis…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>Ereignis &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>Ereignis &amp;löschen</translation>
    </message>
    <message>
        <source>Deleted “%1” (Ctrl+Z brings it back)</source>
        <translation>„%1“ gelöscht (Strg+Z holt es zurück)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Detente databases (*.sqlite *.db)</source>
        <translation>Detente-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 exists. Open it instead?</source>
        <translation>%1 existiert bereits. Stattdessen öffnen?</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf Aus&amp;wahl zoomen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Edit &amp;Actor…</source>
        <translation>&amp;Akteur bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the actor chosen in the Actors panel</source>
        <translation>Den im Bereich „Akteure“ gewählten Akteur bearbeiten</translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation>Die Datenbank ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Edit Actor</source>
        <translation>Akteur bearbeiten</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>&amp;Daten exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Loading %1 events…</source>
        <translation>%1 Ereignisse werden geladen …</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Erneut öffnen</translation>
    </message>
    <message>
        <source>Show Article</source>
        <translation>Artikel anzeigen</translation>
    </message>
    <message>
        <source>The article&apos;s text is not in the database.</source>
        <translation>Der Text des Artikels ist nicht in der Datenbank.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was deleted, moved or replaced by another program.&lt;/b&gt; The window still shows what was in it, but changes can no longer be saved. Save a copy to keep it, or reopen what is at that path now.</source>
        <translation>&lt;b&gt;%1 wurde von einem anderen Programm gelöscht, verschoben oder ersetzt.&lt;/b&gt; Das Fenster zeigt weiter, was darin war, aber Änderungen können nicht mehr gespeichert werden. Speichern Sie eine Kopie, um es zu behalten, oder öffnen Sie erneut, was jetzt unter diesem Pfad liegt.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>%1 copy.sqlite</source>
        <translation>%1 Kopie.sqlite</translation>
    </message>
    <message>
        <source>Detente databases (*.sqlite *.detente *.db)</source>
        <translation>Detente-Datenbanken (*.sqlite *.detente *.db)</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie als %1 gespeichert</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Erneut öffnen</translation>
    </message>
    <message>
        <source>There is no file at %1 now. Save a copy to keep what the window shows.</source>
        <translation>Unter %1 liegt jetzt keine Datei. Speichern Sie eine Kopie, um zu behalten, was das Fenster zeigt.</translation>
    </message>
    <message>
        <source>Open the file that is at %1 now? What the window shows was not saved as a copy and will be gone.</source>
        <translation>Die Datei öffnen, die jetzt unter %1 liegt? Was das Fenster zeigt, wurde nicht als Kopie gespeichert und geht verloren.</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>Kopie speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Everything in the open database, into a new file</source>
        <translation>Alles aus der geöffneten Datenbank in eine neue Datei</translation>
    </message>
    <message>
        <source>%1 was deleted, moved or replaced while open. If it was deleted, what the window shows is lost when it closes.</source>
        <translation>%1 wurde gelöscht, verschoben oder ersetzt, während sie geöffnet war. Wurde sie gelöscht, geht verloren, was das Fenster zeigt, wenn es geschlossen wird.</translation>
    </message>
    <message>
        <source>Close &amp;Anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Die Datenbank wird kopiert …</translation>
    </message>
</context>
<context>
    <name>detente::OverviewStrip</name>
    <message>
        <source>Overview of the whole time range</source>
        <translation>Überblick über den ganzen Zeitraum</translation>
    </message>
    <message>
        <source>The whole range: drag the marked window to pan, click to jump there, scroll to zoom</source>
        <translation>Der ganze Zeitraum: Ziehen Sie das markierte Fenster, um zu verschieben, klicken Sie, um dorthin zu springen, scrollen Sie zum Zoomen</translation>
    </message>
</context>
<context>
    <name>detente::Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>detente::ShortcutsWindow</name>
    <message>
        <source>%1: %2</source>
        <comment>action: shortcut</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>Befehl oder Taste suchen</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>detente::Status</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>detente::TimelineAccessible</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of a day, see QLocale::toString</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format of a month</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of dates</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <comment>event title, date as written</comment>
        <translation>%1 („%2“)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in %1 lanes</source>
        <translation>
            <numerusform>%n Ereignis in %1 Spuren</numerusform>
            <numerusform>%n Ereignisse in %1 Spuren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>from one actor to another</comment>
        <translation>%1 an %2</translation>
    </message>
</context>
<context>
    <name>detente::TimelineJs</name>
    <message>
        <source>the year %1 is after %2, the last year Detente can show</source>
        <translation>das Jahr %1 liegt nach %2, dem letzten Jahr, das Detente darstellen kann</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected an object with an &quot;events&quot; array</source>
        <translation>erwartet wurde ein Objekt mit einem Array &quot;events&quot;</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message>
        <source>missing or bad &quot;start_date&quot;</source>
        <translation>&quot;start_date&quot; fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>bad &quot;end_date&quot;</source>
        <translation>&quot;end_date&quot; ist ungültig</translation>
    </message>
    <message>
        <source>no headline</source>
        <translation>keine Überschrift</translation>
    </message>
</context>
<context>
    <name>detente::TimelineScene</name>
    <message>
        <source>Unattributed</source>
        <translation>Ohne Zuordnung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>detente::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 events&lt;/b&gt; in %2&lt;br&gt;from %3 to %4</source>
        <translation>&lt;b&gt;%1 Ereignisse&lt;/b&gt; in %2&lt;br&gt;von %3 bis %4</translation>
    </message>
    <message>
        <source>mean Goldstein score %1</source>
        <translation>mittlerer Goldstein-Wert %1</translation>
    </message>
    <message>
        <source>zoom in to see them one by one</source>
        <translation>vergrößern, um sie einzeln zu sehen</translation>
    </message>
</context>
<context>
    <name>detente::ViewSettings</name>
    <message>
        <source>the view&apos;s range is not a valid from/to pair</source>
        <translation>der Zeitraum der Ansicht ist kein gültiges from/to-Paar</translation>
    </message>
    <message>
        <source>unknown lanes &quot;%1&quot;</source>
        <translation>unbekannter Wert für &quot;lanes&quot;: „%1“</translation>
    </message>
    <message>
        <source>unknown color_by &quot;%1&quot;</source>
        <translation>unbekannter Wert für &quot;color_by&quot;: „%1“</translation>
    </message>
    <message>
        <source>the filter&apos;s range is not a valid from/to pair</source>
        <translation>der Zeitraum des Filters ist kein gültiges from/to-Paar</translation>
    </message>
    <message>
        <source>&quot;between&quot; names two actors</source>
        <translation>&quot;between&quot; muss genau zwei Akteure nennen</translation>
    </message>
</context>
</TS>
