<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>de här argumenten behövs: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ett värde behövs</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>högst ett värde får ges</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>minst ett värde behövs</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt värde (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig flagga: %(option)s kan vara %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>får inte ges tillsammans med %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumenten %s behövs</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Vault created</source>
        <translation>Valvet skapades</translation>
    </message>
    <message>
        <source>Vault opened</source>
        <translation>Valvet öppnades</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Lösenfrasen byttes</translation>
    </message>
    <message>
        <source>Recovered with the recovery key</source>
        <translation>Återställt med återställningsnyckeln</translation>
    </message>
    <message>
        <source>Child added</source>
        <translation>Barn tillagt</translation>
    </message>
    <message>
        <source>Child changed</source>
        <translation>Barn ändrat</translation>
    </message>
    <message>
        <source>Child archived or restored</source>
        <translation>Barn arkiverat eller återställt</translation>
    </message>
    <message>
        <source>Child deleted</source>
        <translation>Barn raderat</translation>
    </message>
    <message>
        <source>Conversation started</source>
        <translation>Samtal påbörjat</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>Samtal raderat</translation>
    </message>
    <message>
        <source>Conversation moved to another scale</source>
        <translation>Samtalet flyttades till en annan skala</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Samtycke registrerat</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <source>Routine for concern shown</source>
        <translation>Rutin för orosanmälan visad</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskrivet</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterat</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Säkerhetskopierat</translation>
    </message>
    <message>
        <source>Restored from backup</source>
        <translation>Återställt från säkerhetskopia</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>barnet</translation>
    </message>
    <message>
        <source>guardian 1</source>
        <translation>vårdnadshavare 1</translation>
    </message>
    <message>
        <source>guardian 2</source>
        <translation>vårdnadshavare 2</translation>
    </message>
    <message>
        <source>the other caregiver</source>
        <translation>den andra omsorgspersonen</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkiverat</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>återställt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Child code</source>
        <translation>Barnets kod</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>SIP summary</source>
        <translation>SIP-sammanfattning</translation>
    </message>
    <message>
        <source>the child&apos;s copy</source>
        <translation>barnets kopia</translation>
    </message>
    <message>
        <source>blank wheel</source>
        <translation>tomt hjul</translation>
    </message>
    <message>
        <source>routine shown</source>
        <translation>rutinen visad</translation>
    </message>
    <message>
        <source>new recovery key</source>
        <translation>ny återställningsnyckel</translation>
    </message>
    <message>
        <source>JSON, encrypted</source>
        <translation>JSON, krypterad</translation>
    </message>
    <message>
        <source>a guardian&apos;s view</source>
        <translation>en vårdnadshavares bild</translation>
    </message>
    <message>
        <source>a guardian&apos;s copy</source>
        <translation>en vårdnadshavares kopia</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Child code</source>
        <translation>Barnets kod</translation>
    </message>
    <message>
        <source>Filter by child code</source>
        <translation>Filtrera på barnets kod</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrera på händelse</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Poster i granskningsloggen</translation>
    </message>
    <message>
        <source>The log records who opened, changed, printed, exported or deleted what. It never holds what was said. Each entry is chained to the one before, so a changed or removed entry shows.</source>
        <translation>Loggen visar vem som öppnade, ändrade, skrev ut, exporterade eller raderade vad. Den innehåller aldrig vad som sades. Varje post är kedjad till posten före, så en ändrad eller borttagen post syns.</translation>
    </message>
    <message>
        <source>The chain checks out: no entry has been changed or removed.</source>
        <translation>Kedjan stämmer: ingen post har ändrats eller tagits bort.</translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: the log has been changed outside Hjulet.</source>
        <translation>Kedjan är bruten vid post %1: loggen har ändrats utanför Hjulet.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Wait, Hjulet is still working: this cannot stop half-way.</source>
        <translation>Vänta, Hjulet arbetar fortfarande: det här kan inte avbrytas halvvägs.</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Säkerhetskopiera valvet…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Åte&amp;rställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>&amp;Export children…</source>
        <translation>&amp;Exportera barn…</translation>
    </message>
    <message>
        <source>&amp;Import children…</source>
        <translation>I&amp;mportera barn…</translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation>Säkerhetskopiera valvet</translation>
    </message>
    <message>
        <source>Hjulet backup (*.hbk)</source>
        <translation>Säkerhetskopia av Hjulet (*.hbk)</translation>
    </message>
    <message>
        <source>The backup is protected by the vault&apos;s passphrase. Type it to confirm.</source>
        <translation>Säkerhetskopian skyddas av valvets lösenfras. Skriv den för att bekräfta.</translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation>Säkerhetskopian är klar</translation>
    </message>
    <message>
        <source>The backup has been written and checked. It opens with the vault&apos;s passphrase. Keep it as safe as this computer.</source>
        <translation>Säkerhetskopian är sparad och kontrollerad. Den öppnas med valvets lösenfras. Förvara den lika säkert som den här datorn.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>The backup was written before the vault locked.</source>
        <translation>Säkerhetskopian skrevs innan valvet låstes.</translation>
    </message>
    <message>
        <source>The backup could not be written. Make it again after unlocking.</source>
        <translation>Säkerhetskopian kunde inte skrivas. Gör den igen när du har låst upp.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>New folder for the restored vault</source>
        <translation>Ny mapp för det återställda valvet</translation>
    </message>
    <message>
        <source>Type the passphrase the vault had when the backup was made.</source>
        <translation>Skriv den lösenfras som valvet hade när säkerhetskopian gjordes.</translation>
    </message>
    <message>
        <source>Vault restored</source>
        <translation>Valvet är återställt</translation>
    </message>
    <message>
        <source>The vault has been restored and checked. It opens with the same passphrase. Its new recovery key is below: print or copy it now, it is shown only once.</source>
        <translation>Valvet är återställt och kontrollerat. Det öppnas med samma lösenfras. Den nya återställningsnyckeln står nedan: skriv ut eller kopiera den nu, den visas bara en gång.</translation>
    </message>
    <message>
        <source>Saving the restored vault&apos;s new recovery key…</source>
        <translation>Sparar det återställda valvets nya återställningsnyckel…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Återställer…</translation>
    </message>
    <message>
        <source>The vault was restored from the backup before locking.</source>
        <translation>Valvet återställdes från säkerhetskopian innan det låstes.</translation>
    </message>
    <message>
        <source>The vault could not be restored from the backup.</source>
        <translation>Valvet kunde inte återställas från säkerhetskopian.</translation>
    </message>
    <message>
        <source>Export children</source>
        <translation>Exportera barn</translation>
    </message>
    <message>
        <source>Encrypt the export with a passphrase of its own? Choose No only if the file goes straight into the case system and is then deleted.</source>
        <translation>Vill du kryptera exporten med en egen lösenfras? Välj Nej bara om filen förs direkt in i verksamhetssystemet och sedan raderas.</translation>
    </message>
    <message>
        <source>Encrypted export (*.hbk)</source>
        <translation>Krypterad export (*.hbk)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose a passphrase for the export file and tell it to the receiver another way than the file.</source>
        <translation>Välj en lösenfras för exportfilen och ge den till mottagaren på ett annat sätt än filen.</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Exporten är klar</translation>
    </message>
    <message numerus="yes">
        <source>%n children were exported.</source>
        <translation>
            <numerusform>%n barn exporterades.</numerusform>
            <numerusform>%n barn exporterades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>The export was written before the vault locked.</source>
        <translation>Exporten skrevs innan valvet låstes.</translation>
    </message>
    <message>
        <source>The export could not be written. Export again after unlocking.</source>
        <translation>Exporten kunde inte skrivas. Exportera igen när du har låst upp.</translation>
    </message>
    <message>
        <source>Import children</source>
        <translation>Importera barn</translation>
    </message>
    <message>
        <source>Exports (*.json *.hbk)</source>
        <translation>Exportfiler (*.json *.hbk)</translation>
    </message>
    <message>
        <source>The file is encrypted. Type its passphrase.</source>
        <translation>Filen är krypterad. Skriv dess lösenfras.</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Importen är klar</translation>
    </message>
    <message numerus="yes">
        <source>%n children were imported.</source>
        <translation>
            <numerusform>%n barn importerades.</numerusform>
            <numerusform>%n barn importerades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and importing…</source>
        <translation>Kontrollerar och importerar…</translation>
    </message>
    <message>
        <source>The import ended before the vault locked.</source>
        <translation>Importen blev klar innan valvet låstes.</translation>
    </message>
    <message>
        <source>The import failed; nothing of it was saved. Import again after unlocking.</source>
        <translation>Importen misslyckades; inget av den sparades. Importera igen när du har låst upp.</translation>
    </message>
</context>
<context>
    <name>BlankSheetDialog</name>
    <message>
        <source>Blank wheel for paper</source>
        <translation>Tomt hjul på papper</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>For conversations on paper: the child colours each area from the centre outwards. The sheet holds nothing personal until it is filled in.</source>
        <translation>För samtal på papper: barnet färglägger varje område inifrån och ut. Bladet innehåller inget personligt förrän det fylls i.</translation>
    </message>
    <message>
        <source>Blank-wheel</source>
        <translation>Tomt-hjul</translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>Young (faces)</source>
        <translation>Yngre (ansikten)</translation>
    </message>
    <message>
        <source>Middle (words)</source>
        <translation>Mellan (ord)</translation>
    </message>
    <message>
        <source>Teen (words + numbers)</source>
        <translation>Tonåring (ord + siffror)</translation>
    </message>
    <message>
        <source>One guardian only</source>
        <translation>Bara en vårdnadshavare</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name or initials</source>
        <translation>Namn eller initialer</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Last conversation</source>
        <translation>Senaste samtal</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkiverat)</translation>
    </message>
    <message>
        <source>%1 – past</source>
        <translation>%1 – har passerat</translation>
    </message>
    <message>
        <source>The keep-until date has passed: export what must be kept, then delete.</source>
        <translation>Sparatiden har gått ut: exportera det som ska sparas och radera sedan.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Ending soon</source>
        <translation>Upphör snart</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Child&apos;s language</source>
        <translation>Barnets språk</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The recovery key stays the same. Backups made earlier still open with the passphrase they were made with.</source>
        <translation>Den nya lösenfrasen ersätter den gamla direkt. Återställningsnyckeln är densamma. Säkerhetskopior som gjorts tidigare öppnas fortfarande med den lösenfras de gjordes med.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Upprepa den nya lösenfrasen</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Upprepa den</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Lösenfraserna är inte likadana.</translation>
    </message>
    <message>
        <source>The passphrase was changed before the vault locked: use the new one.</source>
        <translation>Lösenfrasen byttes innan valvet låstes: använd den nya.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: the old one still opens the vault.</source>
        <translation>Lösenfrasen byttes inte: den gamla öppnar fortfarande valvet.</translation>
    </message>
    <message>
        <source>Wait, Hjulet is changing the passphrase.</source>
        <translation>Vänta, Hjulet byter lösenfrasen.</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Add a child</source>
        <translation>Lägg till ett barn</translation>
    </message>
    <message>
        <source>Edit child</source>
        <translation>Redigera barn</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>First name or initials</source>
        <translation>Förnamn eller initialer</translation>
    </message>
    <message>
        <source>Name or initials</source>
        <translation>Namn eller initialer</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Inte frågat</translation>
    </message>
    <message>
        <source>As a girl</source>
        <translation>Som en flicka</translation>
    </message>
    <message>
        <source>As a boy</source>
        <translation>Som en pojke</translation>
    </message>
    <message>
        <source>Neutral, where the language has it</source>
        <translation>Neutralt, där språket har det</translation>
    </message>
    <message>
        <source>How texts speak to the child</source>
        <translation>Hur texterna tilltalar barnet</translation>
    </message>
    <message>
        <source>Arabic, Tigrinya and Ukrainian speak differently to a girl and a boy. Ask the child how they want to be spoken to.</source>
        <translation>Arabiska, tigrinja och ukrainska tilltalar en flicka och en pojke olika. Fråga barnet hur hen vill bli tilltalad.</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <source>Born (year)</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Child&apos;s language</source>
        <translation>Barnets språk</translation>
    </message>
    <message>
        <source>Speak to the child</source>
        <translation>Tilltala barnet</translation>
    </message>
    <message>
        <source>Keep as little as you can: the code and a first name or initials are enough. Hjulet never needs a personal identity number.</source>
        <translation>Spara så lite som möjligt: koden och ett förnamn eller initialer räcker. Hjulet behöver aldrig något personnummer.</translation>
    </message>
    <message>
        <source>This looks like a personal identity number (personnummer). It is not needed and should not be stored here: use a first name or initials, and the generated code.</source>
        <translation>Det här ser ut som ett personnummer. Det behövs inte och ska inte sparas här: använd förnamn eller initialer och koden som skapats.</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>← Caseload</source>
        <translation>← Alla barn</translation>
    </message>
    <message>
        <source>Back to the caseload (Alt+Left)</source>
        <translation>Tillbaka till alla barn (Alt+Vänsterpil)</translation>
    </message>
    <message>
        <source>Edit child…</source>
        <translation>Redigera barn…</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Starta ett samtal</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Öppna samtal</translation>
    </message>
    <message>
        <source>Conversations, newest first</source>
        <translation>Samtal, nyaste först</translation>
    </message>
    <message>
        <source>Conversations and comparison</source>
        <translation>Samtal och jämförelse</translation>
    </message>
    <message>
        <source>Timeline per area</source>
        <translation>Tidslinje per område</translation>
    </message>
    <message>
        <source>SIP preparation</source>
        <translation>Inför SIP-mötet</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>Age group: %1. Conversations: %2. Keep until: %3.</source>
        <translation>Åldersgrupp: %1. Samtal: %2. Sparas till: %3.</translation>
    </message>
    <message>
        <source>Archived. %1</source>
        <translation>Arkiverat. %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>back up a vault to an encrypted file (same passphrase as the vault)</source>
        <translation>säkerhetskopiera ett valv till en krypterad fil (samma lösenfras som valvet)</translation>
    </message>
    <message>
        <source>restore a backup into a new, empty folder</source>
        <translation>återställ en säkerhetskopia till en ny, tom mapp</translation>
    </message>
    <message>
        <source>export children to a documented JSON file (for a case system or a handover)</source>
        <translation>exportera barn till en dokumenterad JSON-fil (för journal eller överlämning)</translation>
    </message>
    <message>
        <source>import children from an export file (everything is checked first)</source>
        <translation>importera barn från en exportfil (allt kontrolleras först)</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>säkerhetskopians fil</translation>
    </message>
    <message>
        <source>the export file to write</source>
        <translation>exportfilen som ska skrivas</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>säkerhetskopians fil</translation>
    </message>
    <message>
        <source>the export file</source>
        <translation>exportfilen</translation>
    </message>
    <message>
        <source>new folder for the restored vault (must not exist, or be empty)</source>
        <translation>ny mapp för det återställda valvet (får inte finnas eller måste vara tom)</translation>
    </message>
    <message>
        <source>export only the child with this code (may be given several times)</source>
        <translation>exportera bara barnet med koden (kan ges flera gånger)</translation>
    </message>
    <message>
        <source>encrypt the export with its own passphrase</source>
        <translation>kryptera exporten med en egen lösenfras</translation>
    </message>
    <message>
        <source>read the export&apos;s passphrase from this file (- = standard input)</source>
        <translation>läs exportens lösenfras från filen (- = standard in)</translation>
    </message>
    <message>
        <source>read the passphrase of an encrypted export file from this file</source>
        <translation>läs lösenfrasen för en krypterad exportfil från filen</translation>
    </message>
    <message>
        <source>Passphrase for the export file: </source>
        <translation>Lösenfras för exportfilen: </translation>
    </message>
    <message>
        <source>The backup has been written: {path} ({size} bytes). It opens with the vault&apos;s passphrase. Keep it as safe as the computer.</source>
        <translation>Säkerhetskopian är skriven: {path} ({size} byte). Den öppnas med valvets lösenfras. Förvara den lika säkert som datorn.</translation>
    </message>
    <message>
        <source>The vault has been restored to {path} and checked. It opens with the same passphrase as when the backup was made.</source>
        <translation>Valvet är återställt i {path} och kontrollerat. Det öppnas med samma lösenfras som när säkerhetskopian gjordes.</translation>
    </message>
    <message>
        <source>{n} children with {m} conversations were exported to {path}.</source>
        <translation>{n} barn med {m} samtal är exporterade till {path}.</translation>
    </message>
    <message>
        <source>Note: the file is not encrypted. Move it into the case system at once and delete it, or use --encrypt.</source>
        <translation>OBS: filen är inte krypterad. Flytta den direkt till journalsystemet och radera den sedan, eller använd --encrypt.</translation>
    </message>
    <message>
        <source>{n} children with {m} conversations were imported.</source>
        <translation>{n} barn med {m} samtal är importerade.</translation>
    </message>
    <message>
        <source>The file is damaged, incomplete or altered and cannot be read safely. Nothing was restored or imported.</source>
        <translation>Filen är skadad, ofullständig eller ändrad och kan inte läsas säkert. Inget har återställts eller importerats.</translation>
    </message>
    <message>
        <source>The file was made by a newer version of Hjulet. Please update the program.</source>
        <translation>Filen är gjord av en nyare version av Hjulet. Uppdatera programmet.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this file. Nothing was changed.</source>
        <translation>Fel lösenfras för filen. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Filen {path} finns inte.</translation>
    </message>
    <message>
        <source>Unknown language: {lang}. Hjulet knows: {known}.</source>
        <translation>Okänt språk: {lang}. Hjulet känner till: {known}.</translation>
    </message>
    <message>
        <source>Hjulet - conversation aid for the child&apos;s best wheel. Without a command the app starts.</source>
        <translation>Hjulet – samtalsstöd med Barnets bästa-hjulet. Utan kommando startar programmet.</translation>
    </message>
    <message>
        <source>folder for settings, logs and the demo vault</source>
        <translation>mapp för inställningar, loggar och demovalv</translation>
    </message>
    <message>
        <source>message language (sv or en)</source>
        <translation>språk för meddelanden (sv eller en)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <source>read the passphrase from this file (- = standard input)</source>
        <translation>läs lösenfrasen från filen (- = standard in)</translation>
    </message>
    <message>
        <source>print as JSON</source>
        <translation>skriv ut som JSON</translation>
    </message>
    <message>
        <source>the vault&apos;s name</source>
        <translation>valvets namn, t.ex. &apos;Skolkurator Vingåker&apos;</translation>
    </message>
    <message>
        <source>write the recovery key to this file instead of the screen</source>
        <translation>skriv återställningsnyckeln till filen i stället för skärmen</translation>
    </message>
    <message>
        <source>file holding the recovery key</source>
        <translation>fil med återställningsnyckeln</translation>
    </message>
    <message>
        <source>read the new passphrase from this file (- = standard input)</source>
        <translation>läs den nya lösenfrasen från filen (- = standard in)</translation>
    </message>
    <message>
        <source>create a new encrypted vault</source>
        <translation>skapa ett nytt krypterat valv</translation>
    </message>
    <message>
        <source>create a demo vault of fictional children (passphrase &apos;demo&apos;)</source>
        <translation>skapa ett demovalv med påhittade barn (lösenfras &apos;demo&apos;)</translation>
    </message>
    <message>
        <source>list the children in a vault</source>
        <translation>lista barnen i ett valv</translation>
    </message>
    <message>
        <source>check a vault&apos;s key slots and database</source>
        <translation>kontrollera valvets nycklar och databas</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>byt lösenfras</translation>
    </message>
    <message>
        <source>forgotten passphrase: recover with the recovery key</source>
        <translation>glömd lösenfras: återställ med återställningsnyckeln</translation>
    </message>
    <message>
        <source>make a new recovery key (the old one stops working)</source>
        <translation>skapa en ny återställningsnyckel (den gamla slutar gälla)</translation>
    </message>
    <message>
        <source>A new recovery key has been made. The old one no longer works.</source>
        <translation>En ny återställningsnyckel är skapad. Den gamla gäller inte längre.</translation>
    </message>
    <message>
        <source>the vault&apos;s folder</source>
        <translation>valvets mapp</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Lösenfras: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Ny lösenfras: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Upprepa lösenfrasen: </translation>
    </message>
    <message>
        <source>The passphrases did not match. Nothing was changed.</source>
        <translation>Lösenfraserna var inte lika. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {n} characters, ideally several words.</source>
        <translation>Lösenfrasen är för kort: använd minst {n} tecken, gärna flera ord.</translation>
    </message>
    <message>
        <source>The vault has been created: {path}</source>
        <translation>Valvet är skapat: {path}</translation>
    </message>
    <message>
        <source>RECOVERY KEY - print or copy it and keep it locked away.
It is shown only now. It opens the vault if the passphrase is forgotten:

    {key}
</source>
        <translation>ÅTERSTÄLLNINGSNYCKEL – skriv ut eller skriv av den och förvara den inlåst.
Den visas bara nu. Med den kan valvet öppnas om lösenfrasen glöms bort:

    {key}
</translation>
    </message>
    <message>
        <source>The recovery key was written to {path}. Print it, then delete the file.</source>
        <translation>Återställningsnyckeln är sparad i {path}. Skriv ut den och radera filen.</translation>
    </message>
    <message>
        <source>The demo vault with {n} fictional children is in {path} (passphrase: {passphrase}).</source>
        <translation>Demovalvet med {n} påhittade barn är skapat i {path} (lösenfras: {passphrase}).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Senaste</translation>
    </message>
    <message>
        <source>The vault has no children yet.</source>
        <translation>Valvet har inga barn ännu.</translation>
    </message>
    <message>
        <source>The vault is sound: keys, encryption, database and audit log all check out.</source>
        <translation>Valvet är helt: nycklar, kryptering, databas och granskningslogg stämmer.</translation>
    </message>
    <message>
        <source>The vault has problems:</source>
        <translation>Valvet har problem:</translation>
    </message>
    <message>
        <source>The passphrase has been changed. The old one no longer works.</source>
        <translation>Lösenfrasen är bytt. Den gamla fungerar inte längre.</translation>
    </message>
    <message>
        <source>The vault has been recovered with a new passphrase. The old recovery key no longer works.</source>
        <translation>Valvet är återställt med en ny lösenfras. Den gamla återställningsnyckeln gäller inte längre.</translation>
    </message>
    <message>
        <source>Wrong passphrase. The vault is unchanged. Forgotten it? Use &apos;hjulet recover&apos;.</source>
        <translation>Fel lösenfras. Valvet är oförändrat. Har du glömt den? Använd &apos;hjulet recover&apos;.</translation>
    </message>
    <message>
        <source>The recovery key does not fit this vault. Nothing was changed.</source>
        <translation>Återställningsnyckeln passar inte det här valvet. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The vault is damaged or was altered outside Hjulet and cannot be read safely. Nothing was changed. Restore it from a backup.</source>
        <translation>Valvet är skadat eller har ändrats utanför Hjulet och kan inte läsas säkert. Inget har ändrats. Återställ från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The vault was made by a newer version of Hjulet. Please update the program.</source>
        <translation>Valvet är skapat av en nyare version av Hjulet. Uppdatera programmet.</translation>
    </message>
    <message>
        <source>The vault is already open in another Hjulet. Close that one first.</source>
        <translation>Valvet är redan öppet i ett annat Hjulet-fönster. Stäng det först.</translation>
    </message>
    <message>
        <source>There is no vault in {path}.</source>
        <translation>Det finns inget valv i {path}.</translation>
    </message>
    <message>
        <source>The folder {path} exists and is not empty. Choose a new folder.</source>
        <translation>Mappen {path} finns redan och är inte tom. Välj en ny mapp.</translation>
    </message>
    <message>
        <source>Invalid input:</source>
        <translation>Ogiltig indata:</translation>
    </message>
    <message>
        <source>No child has the code {code}.</source>
        <translation>Hittar inget barn med koden {code}.</translation>
    </message>
    <message>
        <source>Cannot read the file {path}.</source>
        <translation>Kan inte läsa filen {path}.</translation>
    </message>
    <message>
        <source>Cannot write the file {path}.</source>
        <translation>Kan inte skriva filen {path}.</translation>
    </message>
    <message>
        <source>Standard input is not a terminal, so the passphrase cannot be asked for without showing it. Give it with {option} FILE, or with {option} - to read it from standard input.</source>
        <translation>Standard in är ingen terminal, så lösenfrasen kan inte efterfrågas utan att synas. Ge den med {option} FIL, eller med {option} - för att läsa den från standard in.</translation>
    </message>
    <message>
        <source>No passphrase was given. Type it when asked, or use --passphrase-file.</source>
        <translation>Ingen lösenfras angavs. Skriv den när frågan kommer, eller använd --passphrase-file.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read or written (does the folder exist, and may you write there?). Nothing was changed.</source>
        <translation>Filen {path} kan inte läsas eller skrivas (finns mappen, och har du behörighet?). Inget har ändrats.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be used for settings and logs. Choose another with --basedir.</source>
        <translation>Mappen {path} kan inte användas för inställningar och loggar. Välj en annan med --basedir.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. The log holds nothing personal: {log}</source>
        <translation>Ett oväntat fel inträffade. Inget personligt finns i loggen: {log}</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation>ersätt filen om den redan finns</translation>
    </message>
    <message>
        <source>Type the key&apos;s last group (four characters) to confirm that you have it: </source>
        <translation>Skriv nyckelns sista grupp (fyra tecken) som bekräftelse på att du har den: </translation>
    </message>
    <message>
        <source>The new recovery key was not confirmed and is not yet the only one in force. The previous key still works. Run &apos;hjulet recovery-key {path}&apos; when you can write the key down.</source>
        <translation>Den nya återställningsnyckeln bekräftades inte och gäller inte ensam ännu. Den tidigare nyckeln gäller fortfarande. Kör &apos;hjulet recovery-key {path}&apos; när du kan skriva ner nyckeln.</translation>
    </message>
    <message>
        <source>{path} is not a file holding a passphrase or key (at most {n} bytes, the secret on the first line). Nothing was changed.</source>
        <translation>{path} är ingen fil med en lösenfras eller nyckel (högst {n} byte, hemligheten på första raden). Inget har ändrats.</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Standard in</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) in {path} does not belong to the vault&apos;s database: it comes from another vault, or the database was replaced or damaged. Nothing was changed. Put the vault&apos;s own key-slot file back, or restore from a backup.</source>
        <translation>Nyckelfilen (keyslots.json) i {path} hör inte till valvets databas: den kommer från ett annat valv, eller så har databasen bytts ut eller skadats. Inget har ändrats. Lägg tillbaka valvets egen nyckelfil eller återställ från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The key-slot file in {path} asks for key-derivation settings this version of Hjulet never writes: the file is damaged or was altered outside Hjulet. Nothing was derived and nothing was changed. Restore from a backup.</source>
        <translation>Nyckelfilen i {path} begär inställningar för nyckelhärledning som den här versionen av Hjulet aldrig skriver: filen är skadad eller ändrad utanför Hjulet. Ingen härledning gjordes och inget har ändrats. Återställ från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The disk is full - nothing was lost. Free some space and try again.</source>
        <translation>Disken är full – inget har gått förlorat. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The folder or disk is read-only - nothing was lost. Choose a writable place, or remove the write protection, and try again.</source>
        <translation>Mappen eller disken är skrivskyddad – inget har gått förlorat. Välj en skrivbar plats, eller ta bort skrivskyddet, och försök igen.</translation>
    </message>
    <message>
        <source>The computer refused access to a file or folder - nothing was lost. Check the permissions and try again.</source>
        <translation>Datorn nekade åtkomst till en fil eller mapp – inget har gått förlorat. Kontrollera behörigheterna och försök igen.</translation>
    </message>
    <message>
        <source>{path} is inside a vault folder. Hjulet never writes other files into a vault (they could destroy it). Choose another folder. Nothing was written.</source>
        <translation>{path} ligger i en valvmapp. Hjulet skriver aldrig andra filer i ett valv (de kan förstöra det). Välj en annan mapp. Inget har skrivits.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a folder, device, link or the like). Give a file name. Nothing was written.</source>
        <translation>{path} är inte en vanlig fil (en mapp, enhet, länk eller liknande). Ange ett filnamn. Inget har skrivits.</translation>
    </message>
    <message>
        <source>The file {path} already exists. Use --force to replace it. Nothing was written.</source>
        <translation>Filen {path} finns redan. Använd --force för att ersätta den. Inget har skrivits.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>write the SIP-meeting summary (or the child&apos;s own copy) as a PDF</source>
        <translation>skriv sammanfattningen inför SIP-mötet (eller barnets egen kopia) som PDF</translation>
    </message>
    <message>
        <source>write a blank wheel to fill in on paper (A4 or A3); needs no vault</source>
        <translation>skriv ett tomt hjul att fylla i på papper (A4 eller A3), utan valv</translation>
    </message>
    <message>
        <source>the child&apos;s code</source>
        <translation>barnets kod</translation>
    </message>
    <message>
        <source>the conversation&apos;s number or date (YYYY-MM-DD); default: the latest</source>
        <translation>samtalets nummer eller datum (ÅÅÅÅ-MM-DD); utan: det senaste samtalet</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>PDF-filen som ska skrivas</translation>
    </message>
    <message>
        <source>write the child&apos;s own copy in this language instead (sv, en, ar, so, ti, fa, prs, uk, fi)</source>
        <translation>skriv barnets egen kopia på detta språk i stället (sv, en, ar, so, ti, fa, prs, uk, fi)</translation>
    </message>
    <message>
        <source>the summary&apos;s language (sv or en)</source>
        <translation>sammanfattningens språk (sv eller en)</translation>
    </message>
    <message>
        <source>print the child&apos;s code (default) or first name in the header</source>
        <translation>skriv barnets kod (standard) eller förnamn överst</translation>
    </message>
    <message>
        <source>the wheel&apos;s language for the child (e.g. sv, en, ar, ti)</source>
        <translation>hjulets språk för barnet (t.ex. sv, en, ar, ti)</translation>
    </message>
    <message>
        <source>paper size</source>
        <translation>pappersformat</translation>
    </message>
    <message>
        <source>the scale to fill in (e.g. faces3, steps4, steps5)</source>
        <translation>skalan att fylla i (t.ex. faces3, steps4, steps5)</translation>
    </message>
    <message>
        <source>The summary of the conversation on {date} (no. {id}) was written to {path}.</source>
        <translation>Sammanfattningen av samtalet {date} (nr {id}) är skriven till {path}.</translation>
    </message>
    <message>
        <source>The child&apos;s copy of the conversation on {date} (no. {id}) was written to {path}.</source>
        <translation>Barnets kopia av samtalet {date} (nr {id}) är skriven till {path}.</translation>
    </message>
    <message>
        <source>Note: the PDF file is not encrypted. Print it or move it into the case system, then delete it.</source>
        <translation>OBS: PDF-filen är inte krypterad. Skriv ut den eller för in den i journalsystemet, och radera den sedan.</translation>
    </message>
    <message>
        <source>The blank wheel ({lang}, {paper}) was written to {path}.</source>
        <translation>Det tomma hjulet ({lang}, {paper}) är skrivet till {path}.</translation>
    </message>
    <message>
        <source>The child with the code {code} has no conversations yet.</source>
        <translation>Barnet med koden {code} har inga samtal ännu.</translation>
    </message>
    <message>
        <source>The child with the code {code} has no conversation {which}. Conversations: {known}</source>
        <translation>Barnet med koden {code} har inget samtal {which}. Samtalen: {known}</translation>
    </message>
    <message>
        <source>The child&apos;s copy can be written in: {langs}.</source>
        <translation>Barnets kopia kan skrivas på: {langs}.</translation>
    </message>
    <message>
        <source>The wheel is available in: {langs}.</source>
        <translation>Hjulet finns på: {langs}.</translation>
    </message>
    <message>
        <source>Unknown scale {scale}. Scales: {known}.</source>
        <translation>Okänd skala {scale}. Skalor: {known}.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Not asked</source>
        <translation>Inte frågat</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Wheel of %1</source>
        <translation>Hjulet från %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>How it is (child)</source>
        <translation>Hur det är (barnet)</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>Barnets egna ord</translation>
    </message>
    <message>
        <source>What is good</source>
        <translation>Det som är bra</translation>
    </message>
    <message>
        <source>What is hard</source>
        <translation>Det som är svårt</translation>
    </message>
    <message>
        <source>Wants to happen</source>
        <translation>Barnets önskan</translation>
    </message>
    <message>
        <source>Adult&apos;s view (separate)</source>
        <translation>Yrkespersonens syn (för sig)</translation>
    </message>
    <message>
        <source>Guardians&apos; views (each apart)</source>
        <translation>Vårdnadshavarnas bilder (var för sig)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Earlier conversation</source>
        <translation>Tidigare samtal</translation>
    </message>
    <message>
        <source>Later conversation</source>
        <translation>Senare samtal</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Sida vid sida</translation>
    </message>
    <message>
        <source>Outline overlay</source>
        <translation>Kontur ovanpå</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <source>with</source>
        <translation>med</translation>
    </message>
    <message>
        <source>There is nothing to compare yet: a comparison needs two conversations.</source>
        <translation>Det finns inget att jämföra än: en jämförelse behöver två samtal.</translation>
    </message>
    <message>
        <source>Filled: %1. Dashed outline: %2.</source>
        <translation>Fyllt: %1. Streckad kontur: %2.</translation>
    </message>
    <message>
        <source>These two conversations used different scales, so no outline is drawn. Compare them side by side instead.</source>
        <translation>De här två samtalen använde olika skalor, så ingen kontur ritas. Jämför dem sida vid sida i stället.</translation>
    </message>
    <message>
        <source>The latest wheel, %1. A comparison appears here after the next conversation.</source>
        <translation>Det senaste hjulet, %1. En jämförelse visas här efter nästa samtal.</translation>
    </message>
    <message>
        <source>Guardians&apos; views</source>
        <translation>Vårdnadshavarnas bilder</translation>
    </message>
    <message>
        <source>Show each guardian&apos;s own view as a mark of its own</source>
        <translation>Visa varje vårdnadshavares egen bild som en egen markering</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <source>Concern for a child</source>
        <translation>Oro för ett barn</translation>
    </message>
    <message>
        <source>Routine for reporting concern</source>
        <translation>Rutin för orosanmälan</translation>
    </message>
    <message>
        <source>Hjulet never sends anything. Reporting is done by you, as the routine says. That this routine was shown is recorded in the vault&apos;s log (no content).</source>
        <translation>Hjulet skickar aldrig något. Anmälan gör du själv, så som rutinen säger. Att rutinen visades sparas i valvets logg (utan innehåll).</translation>
    </message>
    <message>
        <source>Use my organisation&apos;s own text…</source>
        <translation>Använd min verksamhets egen text…</translation>
    </message>
    <message>
        <source>Paste your organisation&apos;s routine; it is kept in this vault.</source>
        <translation>Klistra in din verksamhets rutin; den sparas i det här valvet.</translation>
    </message>
    <message>
        <source>Save this text for this vault</source>
        <translation>Spara texten för det här valvet</translation>
    </message>
</context>
<context>
    <name>ConfirmKeyPage</name>
    <message>
        <source>Check that you have the key</source>
        <translation>Kontrollera att du har nyckeln</translation>
    </message>
    <message>
        <source>Two groups typed from your paper show that the key was copied correctly.</source>
        <translation>Två grupper som du skriver av från pappret visar att nyckeln blev rätt nedskriven.</translation>
    </message>
    <message>
        <source>Type group %1 and group %2 of the recovery key from your paper. Groups are counted from the left, starting at 1.</source>
        <translation>Skriv grupp %1 och grupp %2 av återställningsnyckeln från ditt papper. Grupperna räknas från vänster och börjar på 1.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupp %1</translation>
    </message>
    <message>
        <source>%1 does not match the key. Look at the paper again.</source>
        <translation>%1 stämmer inte med nyckeln. Titta på pappret igen.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Withdrawn %1</source>
        <translation>Återkallat %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Gick ut %1</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Gäller inte än</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>Barnet</translation>
    </message>
    <message>
        <source>Guardian 1</source>
        <translation>Vårdnadshavare 1</translation>
    </message>
    <message>
        <source>Guardian 2</source>
        <translation>Vårdnadshavare 2</translation>
    </message>
    <message>
        <source>Other caregiver (not a guardian)</source>
        <translation>Annan omsorgsperson (inte vårdnadshavare)</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>barnet</translation>
    </message>
    <message>
        <source>guardian 1</source>
        <translation>vårdnadshavare 1</translation>
    </message>
    <message>
        <source>guardian 2</source>
        <translation>vårdnadshavare 2</translation>
    </message>
    <message>
        <source>the other caregiver</source>
        <translation>den andra omsorgspersonen</translation>
    </message>
    <message>
        <source>%1 (their own words only)</source>
        <translation>%1 (bara hens egna ord)</translation>
    </message>
    <message>
        <source>Only the other caregiver has consented, and that covers only their own words.</source>
        <translation>Bara den andra omsorgspersonen har samtyckt, och det gäller bara hens egna ord.</translation>
    </message>
    <message>
        <source>Only %1 has consented; consent from %2 is missing.</source>
        <translation>Bara %1 har samtyckt; samtycke från %2 saknas.</translation>
    </message>
    <message>
        <source>Only %1 has consented; consent from %2 is missing. With joint custody both guardians must consent, or the child when mature enough to decide. If %1 alone has custody, record that with their consent.</source>
        <translation>Bara %1 har samtyckt; samtycke från %2 saknas. Vid gemensam vårdnad behöver båda vårdnadshavarna samtycka, eller barnet självt när barnet är moget nog att bestämma. Om %1 har ensam vårdnad, registrera det med samtycket.</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Lämnat av</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Lämnat den</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Until withdrawn</source>
        <translation>Tills det återkallas</translation>
    </message>
    <message>
        <source>• Consent from %1: sharing with %2 until %3</source>
        <translation>• Samtycke från %1: delning med %2 till och med %3</translation>
    </message>
    <message>
        <source>%1 (sole custody)</source>
        <translation>%1 (ensam vårdnad)</translation>
    </message>
    <message>
        <source>• Consent from %1: sharing with %2 until withdrawn</source>
        <translation>• Samtycke från %1: delning med %2 tills det återkallas</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Lämnat av</translation>
    </message>
    <message>
        <source>This guardian alone has custody (sole custody)</source>
        <translation>Den här vårdnadshavaren har ensam vårdnad</translation>
    </message>
    <message>
        <source>An other caregiver (a foster parent, step-parent or grandparent who is not a guardian) consents only to what they say themselves being shown. Their consent never covers the child&apos;s answers or a guardian&apos;s words.</source>
        <translation>En annan omsorgsperson (till exempel familjehemsförälder, bonusförälder eller mor- eller farförälder som inte är vårdnadshavare) samtycker bara till att det hen själv säger visas. Hens samtycke gäller aldrig barnets svar eller en vårdnadshavares ord.</translation>
    </message>
    <message>
        <source>Tick only when you know that this guardian is the child&apos;s only guardian with custody. Then their consent alone lets the child&apos;s answers be shared.</source>
        <translation>Kryssa bara i när du vet att den här vårdnadshavaren är barnets enda vårdnadshavare. Då räcker deras samtycke för att barnets svar ska få delas.</translation>
    </message>
    <message>
        <source>Optional: name or role, e.g. Mother</source>
        <translation>Valfritt: namn eller roll, t.ex. mamma</translation>
    </message>
    <message>
        <source>One organisation or recipient per line, e.g. Social services</source>
        <translation>En verksamhet eller mottagare per rad, t.ex. socialtjänsten</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>Optional note (no health details)</source>
        <translation>Valfri anteckning (inga hälsouppgifter)</translation>
    </message>
    <message>
        <source>Name or role</source>
        <translation>Namn eller roll</translation>
    </message>
    <message>
        <source>For these recipients</source>
        <translation>Till de här mottagarna</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Lämnat den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Consent should be specific and time-limited, and can be withdrawn at any time. Record the child and each guardian separately: with joint custody both guardians must consent, and a child mature enough to decide can consent for themselves.</source>
        <translation>Ett samtycke ska gälla något bestämt och vara tidsbegränsat, och det kan återkallas när som helst. Registrera barnet och varje vårdnadshavare för sig: vid gemensam vårdnad behöver båda vårdnadshavarna samtycka, och ett barn som är moget nog att bestämma kan samtycka själv.</translation>
    </message>
    <message>
        <source>Name at least one recipient the consent covers.</source>
        <translation>Ange minst en mottagare som samtycket gäller.</translation>
    </message>
    <message>
        <source>&apos;Valid until&apos; is before the date consent was given.</source>
        <translation>”Gäller till” är före datumet då samtycket lämnades.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent register</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrera samtycke…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Återkalla…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <source>Record that this consent (%1) is withdrawn today? It then no longer allows sharing.</source>
        <translation>Registrera att samtycket (%1) återkallas i dag? Då får inget längre delas med stöd av det.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Återkalla</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Not asked</source>
        <translation>Inte frågat</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>Barnets egna ord</translation>
    </message>
    <message>
        <source>What is good</source>
        <translation>Det som är bra</translation>
    </message>
    <message>
        <source>What is hard</source>
        <translation>Det som är svårt</translation>
    </message>
    <message>
        <source>What the child wants to happen</source>
        <translation>Det barnet vill ska hända</translation>
    </message>
    <message>
        <source>Who the child wants help from</source>
        <translation>Vem barnet vill ha hjälp av</translation>
    </message>
    <message>
        <source>Professional&apos;s note</source>
        <translation>Yrkespersonens anteckning</translation>
    </message>
    <message>
        <source>May be shown at the SIP meeting</source>
        <translation>Får visas på SIP-mötet</translation>
    </message>
    <message>
        <source>The child&apos;s choice. Off unless the child says yes.</source>
        <translation>Barnet bestämmer. Av, om inte barnet säger ja.</translation>
    </message>
    <message>
        <source>Conversation with %1 — %2</source>
        <translation>Samtal med %1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · child texts in %3</source>
        <translation>%1 · %2 · barnets språk: %3</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Undo the last answer (Ctrl+Z)</source>
        <translation>Ångra det senaste svaret (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Gör om (Ctrl+Skift+Z)</translation>
    </message>
    <message>
        <source>Concern…</source>
        <translation>Orosanmälan…</translation>
    </message>
    <message>
        <source>The child tells about harm: show the routine for reporting concern</source>
        <translation>Barnet berättar att hen far illa: visa rutinen för orosanmälan</translation>
    </message>
    <message>
        <source>Child mode</source>
        <translation>Barnläge</translation>
    </message>
    <message>
        <source>Full screen for the child: only this child&apos;s wheel, no notes</source>
        <translation>Helskärm för barnet: bara barnets eget hjul, inga anteckningar</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familjen</translation>
    </message>
    <message>
        <source>A guardian&apos;s own view (full screen, in their language) or their copy</source>
        <translation>En vårdnadshavares egen bild (helskärm, på deras språk) eller deras kopia</translation>
    </message>
    <message>
        <source>Summary and print…</source>
        <translation>Sammanfattning och utskrift…</translation>
    </message>
    <message>
        <source>The SIP summary or the child&apos;s own copy: preview, print or save</source>
        <translation>SIP-sammanfattningen eller barnets egen kopia: förhandsgranska, skriv ut eller spara</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Inte frågat ännu</translation>
    </message>
    <message>
        <source>Answer for the chosen area: does not want to answer</source>
        <translation>Svar för det valda området: vill inte svara</translation>
    </message>
    <message>
        <source>Answer for the chosen area: does not know</source>
        <translation>Svar för det valda området: vet inte</translation>
    </message>
    <message>
        <source>Clear the answer for the chosen area</source>
        <translation>Ta bort svaret för det valda området</translation>
    </message>
    <message>
        <source>From the centre out:</source>
        <translation>Inifrån och ut:</translation>
    </message>
    <message>
        <source>Show last time</source>
        <translation>Visa förra gången</translation>
    </message>
    <message>
        <source>Show the professional&apos;s answers</source>
        <translation>Visa yrkespersonens svar</translation>
    </message>
    <message>
        <source>Show the guardian&apos;s answers</source>
        <translation>Visa vårdnadshavarens svar</translation>
    </message>
    <message>
        <source>No valid consent covers the child&apos;s answers today (the child&apos;s own, or both guardians&apos;). The child&apos;s choices below are kept, but nothing is shared at the SIP meeting until consent is recorded.</source>
        <translation>Inget giltigt samtycke omfattar barnets svar i dag (barnets eget eller båda vårdnadshavarnas). Barnets val nedan sparas, men inget delas på SIP-mötet förrän samtycke har registrerats.</translation>
    </message>
    <message>
        <source>The child says</source>
        <translation>Barnet säger</translation>
    </message>
    <message>
        <source>The professional&apos;s view (kept apart from the child&apos;s)</source>
        <translation>Yrkespersonens syn (hålls åtskild från barnets)</translation>
    </message>
    <message>
        <source>Professional&apos;s answer:</source>
        <translation>Yrkespersonens svar:</translation>
    </message>
    <message>
        <source>Professional&apos;s answer</source>
        <translation>Yrkespersonens svar</translation>
    </message>
    <message>
        <source>Your choice: shown at the meeting as the professional&apos;s view, apart from the child&apos;s. Off unless you tick it.</source>
        <translation>Ditt val: visas på mötet som den professionellas bild, åtskild från barnets. Av om du inte kryssar i.</translation>
    </message>
    <message>
        <source>Guardian&apos;s answer:</source>
        <translation>Vårdnadshavarens svar:</translation>
    </message>
    <message>
        <source>Guardian&apos;s answer</source>
        <translation>Vårdnadshavarens svar</translation>
    </message>
    <message>
        <source>The guardian&apos;s choice: shown at the meeting as your note of what the guardian answered. Off unless the guardian says yes.</source>
        <translation>Vårdnadshavarens val: visas på mötet som din anteckning av vad vårdnadshavaren svarade. Av om inte vårdnadshavaren säger ja.</translation>
    </message>
    <message>
        <source>For the whole conversation</source>
        <translation>För hela samtalet</translation>
    </message>
    <message>
        <source>What is important to me (the child&apos;s words)</source>
        <translation>Det som är viktigt för mig (barnets ord)</translation>
    </message>
    <message>
        <source>What is important to me</source>
        <translation>Det som är viktigt för mig</translation>
    </message>
    <message>
        <source>What has changed since last time, and why (the child&apos;s words)</source>
        <translation>Vad som har ändrats sedan förra gången, och varför (barnets egna ord)</translation>
    </message>
    <message>
        <source>What has changed since last time</source>
        <translation>Vad som har ändrats sedan förra gången</translation>
    </message>
    <message>
        <source>“…” as the child says it</source>
        <translation>”…” som barnet säger det</translation>
    </message>
    <message>
        <source>The child&apos;s answer: %1</source>
        <translation>Barnets svar: %1</translation>
    </message>
    <message>
        <source>the child decided</source>
        <translation>barnet bestämde</translation>
    </message>
    <message>
        <source>May be shown at the SIP meeting (needs consent first)</source>
        <translation>Får visas på SIP-mötet (kräver samtycke först)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Save, close every window and lock the vault (Ctrl+L)</source>
        <translation>Spara, stäng alla fönster och lås valvet (Ctrl+L)</translation>
    </message>
    <message>
        <source>Choose the area to write about</source>
        <translation>Välj området att skriva om</translation>
    </message>
    <message>
        <source>Write about this area (does not answer it)</source>
        <translation>Skriv om det här området (svarar inte på det)</translation>
    </message>
    <message>
        <source>A ring of the wheel records the child&apos;s answer; these buttons only choose.</source>
        <translation>En ring i hjulet sparar barnets svar; de här knapparna väljer bara område.</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrera samtycke…</translation>
    </message>
    <message>
        <source>Guardian&apos;s view…</source>
        <translation>Vårdnadshavarens bild…</translation>
    </message>
    <message>
        <source>Full screen for a guardian: their own picture, in their language</source>
        <translation>Helskärm för en vårdnadshavare: deras egen bild, på deras språk</translation>
    </message>
    <message>
        <source>Guardian&apos;s copy…</source>
        <translation>Vårdnadshavarens kopia…</translation>
    </message>
    <message>
        <source>A guardian&apos;s own copy in their language: preview, print or save</source>
        <translation>En vårdnadshavares egen kopia på deras språk: förhandsgranska, skriv ut eller spara</translation>
    </message>
    <message>
        <source>Show the guardians&apos; own views</source>
        <translation>Visa vårdnadshavarnas egna bilder</translation>
    </message>
    <message>
        <source>Each guardian&apos;s own picture as a mark of its own: never averaged</source>
        <translation>Varje vårdnadshavares egen bild som en egen markering: aldrig ett medelvärde</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something unexpected went wrong. What you had entered is saved.
A technical note (with nothing personal in it) is in:
%1</source>
        <translation>Något oväntat gick fel. Det du hade skrivit in är sparat.
En teknisk anteckning (utan något personligt i) finns här:
%1</translation>
    </message>
    <message>
        <source>Hjulet</source>
        <translation>Hjulet</translation>
    </message>
</context>
<context>
    <name>EncryptedPdfDialog</name>
    <message>
        <source>Encrypted PDF</source>
        <translation>Krypterad PDF</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Öppnar…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Nothing is written to disk.</source>
        <translation>
            <numerusform>%n sida. Inget sparas på disken.</numerusform>
            <numerusform>%n sidor. Inget sparas på disken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Den lösenfrasen öppnar inte det här valvet. Kontrollera Caps Lock och försök igen.</translation>
    </message>
    <message>
        <source>That recovery key does not fit this vault. Nothing was changed.</source>
        <translation>Den återställningsnyckeln passar inte det här valvet. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The disk is full - nothing was lost. Free some space and try again.</source>
        <translation>Disken är full – inget har gått förlorat. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The folder or disk is read-only - nothing was lost. Choose a writable place, or remove the write protection, and try again.</source>
        <translation>Mappen eller disken är skrivskyddad – inget har gått förlorat. Välj en skrivbar plats, eller ta bort skrivskyddet, och försök igen.</translation>
    </message>
    <message>
        <source>The computer refused access to a file or folder - nothing was lost. Check the permissions and try again.</source>
        <translation>Datorn nekade åtkomst till en fil eller mapp – inget har gått förlorat. Kontrollera behörigheterna och försök igen.</translation>
    </message>
    <message>
        <source>That place is inside a vault folder. Hjulet never saves other files into a vault (they could destroy it). Choose another folder. Nothing was saved.</source>
        <translation>Platsen ligger i en valvmapp. Hjulet sparar aldrig andra filer i ett valv (de kan förstöra det). Välj en annan mapp. Inget har sparats.</translation>
    </message>
    <message>
        <source>That file already exists. Choose another name. Nothing was saved.</source>
        <translation>Filen finns redan. Välj ett annat namn. Inget har sparats.</translation>
    </message>
    <message>
        <source>That is not an ordinary file (a folder, device or link). Choose a file name. Nothing was saved.</source>
        <translation>Det är ingen vanlig fil (en mapp, enhet eller länk). Välj ett filnamn. Inget har sparats.</translation>
    </message>
    <message>
        <source>The printer could not print the document. Check that it is switched on and connected, or choose another printer, and try again. Nothing was recorded as printed.</source>
        <translation>Skrivaren kunde inte skriva ut dokumentet. Kontrollera att den är påslagen och ansluten, eller välj en annan skrivare, och försök igen. Inget registrerades som utskrivet.</translation>
    </message>
    <message>
        <source>The new recovery key was not confirmed. The previous key still works. Make a new one with Vault → New recovery key… when you can write it down.</source>
        <translation>Den nya återställningsnyckeln bekräftades inte. Den tidigare nyckeln fungerar fortfarande. Skapa en ny med Valv → Ny återställningsnyckel… när du kan skriva ner den.</translation>
    </message>
    <message>
        <source>The vault&apos;s key-slot file (keyslots.json) does not belong to its database: it comes from another vault, or the database was replaced or damaged. Nothing was changed. Put the vault&apos;s own key-slot file back, or restore from a backup.</source>
        <translation>Valvets nyckelfil (keyslots.json) hör inte till dess databas: den kommer från ett annat valv, eller så har databasen bytts ut eller skadats. Inget har ändrats. Lägg tillbaka valvets egen nyckelfil eller återställ från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The vault&apos;s key-slot file asks for key-derivation settings this version of Hjulet never writes: it is damaged or was altered outside Hjulet. Nothing was derived and nothing was changed. Restore from a backup.</source>
        <translation>Valvets nyckelfil begär inställningar för nyckelhärledning som den här versionen av Hjulet aldrig skriver: den är skadad eller ändrad utanför Hjulet. Ingen härledning gjordes och inget har ändrats. Återställ från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Hjulet. Please update Hjulet.</source>
        <translation>Valvet är skapat med en nyare version av Hjulet. Uppdatera Hjulet.</translation>
    </message>
    <message>
        <source>The vault is damaged or was changed outside Hjulet, so it cannot be read safely. Nothing was changed. Restore it from a backup.</source>
        <translation>Valvet är skadat eller har ändrats utanför Hjulet, så det går inte att läsa på ett säkert sätt. Inget har ändrats. Återställ det från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>This vault is already open in another Hjulet window. Close that one first.</source>
        <translation>Valvet är redan öppet i ett annat Hjulet-fönster. Stäng det först.</translation>
    </message>
    <message>
        <source>There is no vault in that folder.</source>
        <translation>Det finns inget valv i den mappen.</translation>
    </message>
    <message>
        <source>That folder is not empty. Choose an empty or new folder for the vault.</source>
        <translation>Mappen är inte tom. Välj en tom eller ny mapp för valvet.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>Valvet är låst. Lås upp det för att fortsätta.</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>Uppgiften finns inte längre.</translation>
    </message>
    <message>
        <source>That code is already used by another child.</source>
        <translation>Koden används redan av ett annat barn.</translation>
    </message>
    <message>
        <source>Some of the input could not be used:</source>
        <translation>En del av det du skrev in gick inte att använda:</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing you entered has been lost.</source>
        <translation>Något oväntat gick fel. Inget av det du skrivit in har gått förlorat.</translation>
    </message>
    <message>
        <source>Hjulet</source>
        <translation>Hjulet</translation>
    </message>
</context>
<context>
    <name>ExitGate</name>
    <message>
        <source>For the adult: leave child mode</source>
        <translation>För den vuxna: lämna barnläget</translation>
    </message>
    <message>
        <source>Passphrase or PIN</source>
        <translation>Lösenfras eller pinkod</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Back to the child</source>
        <translation>Tillbaka till barnet</translation>
    </message>
    <message>
        <source>Leave child mode</source>
        <translation>Lämna barnläget</translation>
    </message>
    <message>
        <source>Type the PIN you chose, or your vault passphrase.</source>
        <translation>Skriv pinkoden du valde, eller valvets lösenfras.</translation>
    </message>
    <message>
        <source>Type your vault passphrase.</source>
        <translation>Skriv valvets lösenfras.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Skriv lösenfrasen först.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar …</translation>
    </message>
    <message>
        <source>That was not right. You can try again in %1 seconds.</source>
        <translation>Det stämde inte. Du kan försöka igen om %1 sekunder.</translation>
    </message>
    <message>
        <source>It could not be checked. You can try again in %1 seconds.</source>
        <translation>Det gick inte att kontrollera. Du kan försöka igen om %1 sekunder.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Försök igen.</translation>
    </message>
</context>
<context>
    <name>ExitPanel</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Försök igen om %n sekund.</numerusform>
            <numerusform>Försök igen om %n sekunder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyLabels</name>
    <message>
        <source>The family&apos;s view</source>
        <translation>Familjens bild</translation>
    </message>
    <message>
        <source>Each guardian&apos;s or other caregiver&apos;s own picture, one by one. It is kept apart from the child&apos;s and the professional&apos;s view and never merged with them. Only what they chose to share is shown, and only with their own consent.</source>
        <translation>Varje vårdnadshavares eller annan omsorgspersons egen bild, en i taget. Den hålls isär från barnets och den yrkesverksammas bild och slås aldrig ihop med dem. Bara det som var och en valt att dela visas, och bara med hens eget samtycke.</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>på {language}</translation>
    </message>
    <message>
        <source>This is important for our child</source>
        <translation>Det här är viktigt för vårt barn</translation>
    </message>
    <message>
        <source>Of this guardian&apos;s answers and words, {n} are not shown: the guardian chose not to share them.</source>
        <translation>{n} av den här vårdnadshavarens svar och ord visas inte: vårdnadshavaren valde att inte dela dem.</translation>
    </message>
    <message>
        <source>Of this guardian&apos;s answers and words, 1 is not shown: the guardian chose not to share it.</source>
        <translation>1 av den här vårdnadshavarens svar och ord visas inte: vårdnadshavaren valde att inte dela det.</translation>
    </message>
    <message>
        <source>Nothing is shared from this guardian.</source>
        <translation>Inget delas från denna vårdnadshavare.</translation>
    </message>
    <message>
        <source>Guardian 1</source>
        <translation>Vårdnadshavare 1</translation>
    </message>
    <message>
        <source>Guardian 2</source>
        <translation>Vårdnadshavare 2</translation>
    </message>
    <message>
        <source>Other caregiver</source>
        <translation>Annan omsorgsperson</translation>
    </message>
</context>
<context>
    <name>FinishingVeil</name>
    <message>
        <source>The work in progress is stuck: it has not ended for a long while. A folder or USB stick it writes to may have stopped answering. You can close Hjulet now: everything saved in the vault stays saved, but the file being written will not be finished.</source>
        <translation>Arbetet som pågår har fastnat: det har inte blivit klart på länge. En mapp eller ett USB-minne som det skriver till kan ha slutat svara. Du kan stänga Hjulet nu: allt som är sparat i valvet finns kvar, men filen som skrivs blir inte klar.</translation>
    </message>
    <message>
        <source>Close Hjulet now</source>
        <translation>Stäng Hjulet nu</translation>
    </message>
    <message>
        <source>Locking… the work in progress ends first; then this window closes.</source>
        <translation>Låser… det arbete som pågår blir klart först, sedan stängs det här fönstret.</translation>
    </message>
    <message>
        <source>Finishing the work in progress</source>
        <translation>Gör klart det arbete som pågår</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>New vault</source>
        <translation>Nytt valv</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Choose where the vault lives</source>
        <translation>Välj var valvet ska ligga</translation>
    </message>
    <message>
        <source>Choose a folder on this computer that is not synced to a cloud service and not on a network share.</source>
        <translation>Välj en mapp på den här datorn som inte synkas till en molntjänst och inte ligger på en nätverksenhet.</translation>
    </message>
    <message>
        <source>Folder of the vault</source>
        <translation>Valvets mapp</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>I understand the risk and want to use this folder</source>
        <translation>Jag förstår risken och vill använda den här mappen</translation>
    </message>
    <message>
        <source>Choose a folder for the vault</source>
        <translation>Välj en mapp för valvet</translation>
    </message>
    <message>
        <source>This folder is fine: local, empty or new.</source>
        <translation>Mappen går bra: lokal, tom eller ny.</translation>
    </message>
</context>
<context>
    <name>GuardianCopyDialog</name>
    <message>
        <source>A guardian&apos;s own copy</source>
        <translation>En vårdnadshavares egen kopia</translation>
    </message>
    <message>
        <source>Whose copy</source>
        <translation>Vems kopia</translation>
    </message>
    <message>
        <source>In the guardian&apos;s language: their own answers and words (shared or not) and the meeting&apos;s practical details. Never the child&apos;s answers or words, your notes or the other guardian&apos;s view.</source>
        <translation>På vårdnadshavarens språk: deras egna svar och ord (delade eller inte) och mötets praktiska uppgifter. Aldrig barnets svar eller ord, dina anteckningar eller den andra vårdnadshavarens bild.</translation>
    </message>
    <message>
        <source>Guardian-copy</source>
        <translation>Vardnadshavarens-kopia</translation>
    </message>
</context>
<context>
    <name>GuardianMarks</name>
    <message>
        <source>G1</source>
        <comment>badge on guardian 1&apos;s mark in the wheel</comment>
        <translation>V1</translation>
    </message>
    <message>
        <source>G2</source>
        <comment>badge on guardian 2&apos;s mark in the wheel</comment>
        <translation>V2</translation>
    </message>
    <message>
        <source>C</source>
        <comment>badge on another caregiver&apos;s mark in the wheel</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>{role} ({language})</source>
        <translation>{role} ({language})</translation>
    </message>
</context>
<context>
    <name>GuardianMode</name>
    <message>
        <source>Guardian 1</source>
        <translation>Vårdnadshavare 1</translation>
    </message>
    <message>
        <source>Guardian 2</source>
        <translation>Vårdnadshavare 2</translation>
    </message>
    <message>
        <source>Other caregiver</source>
        <translation>Annan omsorgsperson</translation>
    </message>
    <message>
        <source>Professional: enter the vault passphrase to leave.</source>
        <translation>Professionell: skriv valvets lösenfras för att lämna.</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Valvets lösenfras</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation>Den lösenfrasen öppnar inte det här valvet.</translation>
    </message>
    <message>
        <source>The passphrase could not be checked.</source>
        <translation>Lösenfrasen kunde inte kontrolleras.</translation>
    </message>
    <message>
        <source>Professional: leave</source>
        <translation>Professionell: lämna</translation>
    </message>
</context>
<context>
    <name>GuardianStartDialog</name>
    <message>
        <source>Guardian&apos;s view</source>
        <translation>Vårdnadshavarens bild</translation>
    </message>
    <message>
        <source>Hand the screen to the guardian. They see only their own answers, never the child&apos;s answers or words or your notes. Leaving needs your vault passphrase.</source>
        <translation>Lämna över skärmen till vårdnadshavaren. De ser bara sina egna svar, aldrig barnets svar eller ord eller dina anteckningar. För att lämna behövs din lösenfras till valvet.</translation>
    </message>
    <message>
        <source>Who gives their view</source>
        <translation>Vem ger sin bild</translation>
    </message>
    <message>
        <source>Who gives their view:</source>
        <translation>Vem ger sin bild:</translation>
    </message>
    <message>
        <source>The guardian&apos;s language</source>
        <translation>Vårdnadshavarens språk</translation>
    </message>
    <message>
        <source>The guardian&apos;s language:</source>
        <translation>Vårdnadshavarens språk:</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Lämna över</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Before you hand over to the child</source>
        <translation>Innan du lämnar över till barnet</translation>
    </message>
    <message>
        <source>Youngest (about 4–7): big faces, one short sentence a screen</source>
        <translation>Yngst (ca 4–7): stora ansikten, en kort mening per skärm</translation>
    </message>
    <message>
        <source>Middle (about 8–12): worded steps, one area a screen</source>
        <translation>Mellan (ca 8–12): steg med ord, ett område per skärm</translation>
    </message>
    <message>
        <source>Teenager (13–18): the whole wheel, own words typed</source>
        <translation>Tonåring (13–18): hela hjulet, egna ord skrivs</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <source>PIN to leave (optional, %1–%2 digits):</source>
        <translation>Pinkod för att gå ut (frivillig, %1–%2 siffror):</translation>
    </message>
    <message>
        <source>PIN to leave child mode</source>
        <translation>Pinkod för att lämna barnläget</translation>
    </message>
    <message>
        <source>To leave child mode: hold the small round button in the top corner for 2 seconds, or press Ctrl+Shift+Q. You will be asked for your vault passphrase (or the PIN). The child&apos;s screens do not show this.</source>
        <translation>För att lämna barnläget: håll in den lilla runda knappen i övre hörnet i 2 sekunder, eller tryck Ctrl+Skift+Q. Du får skriva valvets lösenfras (eller pinkoden). Barnets skärmar visar inte detta.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Hand over to the child</source>
        <translation>Lämna över till barnet</translation>
    </message>
    <message>
        <source>The faces are not for this conversation: it already has answers on another scale. Start a new conversation for the three faces.</source>
        <translation>Ansiktena passar inte det här samtalet: det har redan svar på en annan skala. Starta ett nytt samtal för de tre ansiktena.</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>En pinkod har %1 till %2 siffror.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hjulet</source>
        <translation>Hjulet</translation>
    </message>
    <message>
        <source>Last time, Hjulet closed itself: locking waited a long time for work that did not end, with nobody at the computer. Everything saved in the vault is kept; the file that was being written was not finished.</source>
        <translation>Förra gången stängde Hjulet sig självt: låsningen väntade länge på ett arbete som inte blev klart, och ingen var vid datorn. Allt som är sparat i valvet finns kvar; filen som skrevs blev inte klar.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Lås upp…</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Skapa ett nytt valv…</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Öppna ett annat valv…</translation>
    </message>
    <message>
        <source>Filter children</source>
        <translation>Filtrera barn</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Visa arkiverade</translation>
    </message>
    <message>
        <source>Add a child…</source>
        <translation>Lägg till ett barn…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>No child matches the filter.</source>
        <translation>Inget barn matchar filtret.</translation>
    </message>
    <message>
        <source>Every child is archived: tick Show archived to see them.</source>
        <translation>Alla barn är arkiverade: kryssa i Visa arkiverade för att se dem.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nytt valv…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Öppna valv…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ö&amp;ppna senaste</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Blank wheel for paper…</source>
        <translation>&amp;Tomt hjul på papper…</translation>
    </message>
    <message>
        <source>Open encrypted P&amp;DF…</source>
        <translation>Öppna krypterad P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>&amp;Barn</translation>
    </message>
    <message>
        <source>&amp;Add a child…</source>
        <translation>&amp;Lägg till ett barn…</translation>
    </message>
    <message>
        <source>&amp;Edit child…</source>
        <translation>&amp;Redigera barn…</translation>
    </message>
    <message>
        <source>&amp;Start a conversation…</source>
        <translation>Starta ett sa&amp;mtal…</translation>
    </message>
    <message>
        <source>S&amp;ummary for the SIP meeting…</source>
        <translation>Samman&amp;fattning inför SIP-mötet…</translation>
    </message>
    <message>
        <source>A&amp;rchive or restore</source>
        <translation>&amp;Arkivera eller återställ</translation>
    </message>
    <message>
        <source>Show &amp;archived children</source>
        <translation>Visa ar&amp;kiverade barn</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Valv</translation>
    </message>
    <message>
        <source>&amp;Keep-until reminders…</source>
        <translation>&amp;Påminnelser om gallring…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Granskningslogg…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Byt &amp;lösenfras…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>&amp;Ny återställningsnyckel…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Hjulet</source>
        <translation>&amp;Om Hjulet</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>No recent vaults</source>
        <translation>Inga tidigare valv</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (hittas inte)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Töm listan</translation>
    </message>
    <message>
        <source>Wait, Hjulet is opening a vault.</source>
        <translation>Vänta, Hjulet öppnar ett valv.</translation>
    </message>
    <message>
        <source>Choose a vault folder</source>
        <translation>Välj valvets mapp</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Låser upp…</translation>
    </message>
    <message>
        <source>Preparing the demo vault of fictional children…</source>
        <translation>Förbereder demovalvet med påhittade barn…</translation>
    </message>
    <message>
        <source>Welcome to Hjulet. Create your vault to begin: it keeps the conversations encrypted on this computer.</source>
        <translation>Välkommen till Hjulet. Skapa ditt valv för att börja: där sparas samtalen krypterade på den här datorn.</translation>
    </message>
    <message>
        <source>No child with that code.</source>
        <translation>Inget barn har den koden.</translation>
    </message>
    <message>
        <source>Locking…</source>
        <translation>Låser…</translation>
    </message>
    <message>
        <source>Locking… Hjulet is finishing the work in progress first, so that nothing is left half-done. The vault locks as soon as it has ended.</source>
        <translation>Låser… Hjulet gör först klart det arbete som pågår, så att inget blir halvgjort. Valvet låses så snart det är klart.</translation>
    </message>
    <message>
        <source>The passphrase has been changed. The old one no longer works.</source>
        <translation>Lösenfrasen är bytt. Den gamla fungerar inte längre.</translation>
    </message>
    <message>
        <source>Hjulet %1
A conversation aid for the child&apos;s best wheel.

%2.
No network, no cloud: everything stays in your encrypted vault.</source>
        <translation>Hjulet %1
Ett samtalsstöd för Barnets bästa-hjulet.

%2.
Inget nätverk, inget moln: allt stannar i ditt krypterade valv.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Finishing the work in progress</source>
        <translation>Gör klart det arbete som pågår</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n child(ren) · locks after %2 min without use</source>
        <translation>
            <numerusform>%1 · %n barn · låses efter %2 min utan användning</numerusform>
            <numerusform>%1 · %n barn · låses efter %2 min utan användning</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to go on where you were.</source>
        <translation>Valvet är låst. Lås upp det för att fortsätta där du var.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Återställt.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Arkiverat.</translation>
    </message>
    <message>
        <source>About Hjulet</source>
        <translation>Om Hjulet</translation>
    </message>
    <message>
        <source>Click a column to sort by it</source>
        <translation>Klicka på en kolumn för att sortera efter den</translation>
    </message>
    <message>
        <source>No children yet. Add the first child you will talk with: a code (or a name), the birth year and the child&apos;s languages. Then start a conversation from the child&apos;s page.</source>
        <translation>Inga barn än. Lägg till det första barnet du ska samtala med: en kod (eller ett namn), födelseåret och barnets språk. Starta sedan ett samtal från barnets sida.</translation>
    </message>
    <message>
        <source>Add the first child…</source>
        <translation>Lägg till det första barnet…</translation>
    </message>
    <message>
        <source>No vault is open. Open a vault from the Vault menu.</source>
        <translation>Inget valv är öppet. Öppna ett valv från menyn Valv.</translation>
    </message>
    <message>
        <source>Filter by code, name, language or consent…</source>
        <translation>Filtrera på kod, namn, språk eller samtycke…</translation>
    </message>
    <message>
        <source>Closing when the work in progress ends…</source>
        <translation>Stänger när det pågående arbetet är klart…</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Name your vault</source>
        <translation>Ge valvet ett namn</translation>
    </message>
    <message>
        <source>A vault is an encrypted folder that holds your children&apos;s conversations.</source>
        <translation>Ett valv är en krypterad mapp med samtalen med barnen du träffar.</translation>
    </message>
    <message>
        <source>For example: School counsellor Vingåker</source>
        <translation>Till exempel: Skolkurator Vingåker</translation>
    </message>
    <message>
        <source>Name of the vault</source>
        <translation>Valvets namn</translation>
    </message>
    <message>
        <source>Keep one vault per profession. A school nurse&apos;s health notes and a school counsellor&apos;s notes are under different secrecy rules (OSL chapters 25 and 23) and must never share one vault, even at the same school. If you work in two roles, make two vaults.</source>
        <translation>Ha ett valv per yrkesroll. Skolsköterskans hälsoanteckningar och skolkuratorns anteckningar lyder under olika sekretessregler (OSL 25 och 23 kap.) och får aldrig ligga i samma valv, inte ens på samma skola. Har du två roller, skapa två valv.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Ny återställningsnyckel</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one: the old key stops working at once. Type the vault&apos;s passphrase to continue.</source>
        <translation>En ny återställningsnyckel ersätter den gamla: den gamla nyckeln slutar fungera direkt. Skriv valvets lösenfras för att fortsätta.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Skapa en ny återställningsnyckel</translation>
    </message>
    <message>
        <source>This is the NEW recovery key. Print it or write it down now and keep it locked away.</source>
        <translation>Det här är den NYA återställningsnyckeln. Skriv ut den eller skriv ner den nu, och förvara den inlåst.</translation>
    </message>
    <message>
        <source>I have printed or written down the new recovery key</source>
        <translation>Jag har skrivit ut eller skrivit ner den nya återställningsnyckeln</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>A new recovery key was made, but the vault locked before it was confirmed as written down: the old recovery key still holds.</source>
        <translation>En ny återställningsnyckel skapades, men valvet låstes innan den bekräftades som nedskriven: den gamla återställningsnyckeln gäller fortfarande.</translation>
    </message>
    <message>
        <source>No new recovery key was made: the old one still holds.</source>
        <translation>Ingen ny återställningsnyckel skapades: den gamla gäller fortfarande.</translation>
    </message>
    <message>
        <source>The new recovery key is in force: the old one no longer works.</source>
        <translation>Den nya återställningsnyckeln gäller: den gamla fungerar inte längre.</translation>
    </message>
    <message>
        <source>The new recovery key was not put in force: the old one still holds.</source>
        <translation>Den nya återställningsnyckeln började inte gälla: den gamla gäller fortfarande.</translation>
    </message>
    <message>
        <source>Wait, Hjulet is making the new recovery key.</source>
        <translation>Vänta, Hjulet skapar den nya återställningsnyckeln.</translation>
    </message>
    <message>
        <source>Wait, Hjulet is saving the new recovery key.</source>
        <translation>Vänta, Hjulet sparar den nya återställningsnyckeln.</translation>
    </message>
</context>
<context>
    <name>PaperLabels</name>
    <message>
        <source>Draft: the translation has not been checked by a native speaker.</source>
        <translation>Utkast: översättningen är inte granskad av en modersmålstalare.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Very weak</source>
        <translation>Mycket svag</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <source>Fair: acceptable</source>
        <translation>Godtagbar</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Mycket stark</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Välj en lösenfras.</translation>
    </message>
    <message>
        <source>Use at least 12 characters.</source>
        <translation>Använd minst 12 tecken.</translation>
    </message>
    <message>
        <source>This is one of the most used passwords: anyone would try it first.</source>
        <translation>Det här är ett av de vanligaste lösenorden: alla skulle prova det först.</translation>
    </message>
    <message>
        <source>Repeated characters or repeated parts add little.</source>
        <translation>Upprepade tecken eller delar gör den inte mycket starkare.</translation>
    </message>
    <message>
        <source>Sequences such as 1234, abcd or qwerty are guessed early.</source>
        <translation>Följder som 1234, abcd eller qwerty gissas tidigt.</translation>
    </message>
    <message>
        <source>Do not use the vault&apos;s name or your own name.</source>
        <translation>Använd inte valvets namn eller ditt eget namn.</translation>
    </message>
    <message>
        <source>Only one kind of character: mix in other words or characters.</source>
        <translation>Bara en sorts tecken: blanda in andra ord eller tecken.</translation>
    </message>
    <message>
        <source>Four or more unrelated words, such as &apos;kettle orbit lingon tram&apos;, are easy to remember and hard to guess.</source>
        <translation>Fyra eller fler ord utan samband, som ”kastrull omloppsbana lingon spårvagn”, är lätta att minnas och svåra att gissa.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Skriv ut återställningsnyckeln</translation>
    </message>
    <message>
        <source>Hjulet – recovery key</source>
        <translation>Hjulet – återställningsnyckel</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Valv: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Utskriven: %1</translation>
    </message>
    <message>
        <source>With this key and Hjulet you can set a new passphrase if the old one is forgotten. Anyone who has this sheet and the vault can open it: keep it locked away, apart from the computer. When you use it, Hjulet gives you a new key and this one stops working.</source>
        <translation>Med den här nyckeln och Hjulet kan du välja en ny lösenfras om den gamla glöms bort. Den som har det här bladet och valvet kan öppna valvet: förvara bladet inlåst, skilt från datorn. När du använder nyckeln får du en ny av Hjulet, och den här slutar fungera.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase:</source>
        <translation>Lösenfras:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Upprepa:</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Skriv lösenfrasen.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters, ideally several words.</source>
        <translation>
            <numerusform>Använd minst %n tecken, helst flera ord.</numerusform>
            <numerusform>Använd minst %n tecken, helst flera ord.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna är olika.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Välj en lösenfras</translation>
    </message>
    <message>
        <source>The passphrase unlocks the vault. Nobody can reset it for you: if it is lost, only the recovery key (next page) opens the vault.</source>
        <translation>Lösenfrasen låser upp valvet. Ingen kan återställa den åt dig: om den försvinner kan bara återställningsnyckeln (nästa sida) öppna valvet.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Visa lösenfrasen</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Upprepa den</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Skapa valvet</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Lösenfraserna är inte likadana än.</translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <source>Wheel</source>
        <translation>Hjul</translation>
    </message>
    <message>
        <source>Wheel for new conversations</source>
        <translation>Hjul för nya samtal</translation>
    </message>
    <message>
        <source>You and the wheel</source>
        <translation>Du och hjulet</translation>
    </message>
    <message>
        <source>Your name, title and organisation are printed on the SIP summary under “Prepared by”. You can change everything later in Settings.</source>
        <translation>Ditt namn, din titel och din verksamhet skrivs ut på SIP-sammanfattningen under ”Upprättad av”. Du kan ändra allt senare under Inställningar.</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Preparing the document</source>
        <translation>Förbereder dokumentet</translation>
    </message>
    <message>
        <source>Preview size</source>
        <translation>Visningsstorlek</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Sidbredd</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hela sidan</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Förbereder dokumentet…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 sida</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 sidor</translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>Dokumentet kunde inte förberedas.</translation>
    </message>
    <message>
        <source>The pages were sent to the printer before the vault locked.</source>
        <translation>Sidorna skickades till skrivaren innan valvet låstes.</translation>
    </message>
    <message>
        <source>Printing failed. Print again after unlocking.</source>
        <translation>Utskriften misslyckades. Skriv ut igen när valvet är upplåst.</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Skickar till skrivaren…</translation>
    </message>
    <message>
        <source>Wait, the pages are being sent to the printer.</source>
        <translation>Vänta, sidorna skickas till skrivaren.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Utskriften misslyckades.</translation>
    </message>
    <message>
        <source>Wait, the file is being saved.</source>
        <translation>Vänta, filen sparas.</translation>
    </message>
    <message>
        <source>The PDF will not be encrypted</source>
        <translation>PDF-filen blir inte krypterad</translation>
    </message>
    <message>
        <source>A PDF saved outside the vault is not encrypted.</source>
        <translation>En PDF som sparas utanför valvet är inte krypterad.</translation>
    </message>
    <message>
        <source>Anyone who can open the folder can read the child&apos;s words in it. Save it only where your organisation allows, for example straight into the case system, and delete it when it has been filed. To print, use Print instead.</source>
        <translation>Alla som kan öppna mappen kan läsa barnets ord i filen. Spara den bara där din verksamhet tillåter, till exempel direkt i verksamhetssystemet, och radera den när den har förts in där. Vill du skriva ut, använd Skriv ut i stället.</translation>
    </message>
    <message>
        <source>Save unencrypted PDF…</source>
        <translation>Spara okrypterad PDF…</translation>
    </message>
    <message>
        <source>Save encrypted instead…</source>
        <translation>Spara krypterad i stället…</translation>
    </message>
    <message>
        <source>An encrypted file with a passphrase of its own, to carry to the meeting. It opens only in Hjulet (File → Open encrypted PDF…).</source>
        <translation>En krypterad fil med en egen lösenfras, att ta med till mötet. Den går bara att öppna i Hjulet (Arkiv → Öppna krypterad PDF…).</translation>
    </message>
    <message>
        <source>Save encrypted</source>
        <translation>Spara krypterad</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. Tell it to whoever opens the file another way than the file itself.</source>
        <translation>Välj en lösenfras för den här filen. Berätta den för den som ska öppna filen på annat sätt än med filen.</translation>
    </message>
    <message>
        <source>The encrypted file was saved before the vault locked.</source>
        <translation>Den krypterade filen sparades innan valvet låstes.</translation>
    </message>
    <message>
        <source>The encrypted file could not be saved. Save it again after unlocking.</source>
        <translation>Den krypterade filen kunde inte sparas. Spara den igen när du har låst upp.</translation>
    </message>
    <message>
        <source>The PDF was saved before the vault locked.</source>
        <translation>PDF-filen sparades innan valvet låstes.</translation>
    </message>
    <message>
        <source>The PDF could not be saved. Save it again after unlocking.</source>
        <translation>PDF-filen kunde inte sparas. Spara den igen när du har låst upp.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Encrypted Hjulet files (*.hbk)</source>
        <translation>Krypterade Hjulet-filer (*.hbk)</translation>
    </message>
    <message>
        <source>Saved encrypted. Open it with File → Open encrypted PDF…</source>
        <translation>Sparad krypterad. Öppna den med Arkiv → Öppna krypterad PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>Filen kunde inte sparas där.</translation>
    </message>
    <message>
        <source>Saved. Remember: the file is not encrypted.</source>
        <translation>Sparat. Kom ihåg: filen är inte krypterad.</translation>
    </message>
    <message>
        <source>Open encrypted PDF</source>
        <translation>Öppna krypterad PDF</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>måste fyllas i</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>måste vara text</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>måste vara en text som inte är tom</translation>
    </message>
    <message>
        <source>is longer than {n} characters</source>
        <translation>är längre än {n} tecken</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <source>must be between {least} and {most}</source>
        <translation>måste vara mellan {least} och {most}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>måste vara något av {allowed}</translation>
    </message>
    <message>
        <source>is not one of {allowed}</source>
        <translation>är inte något av {allowed}</translation>
    </message>
    <message>
        <source>must be a table/object</source>
        <translation>måste vara en tabell/ett objekt</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>måste vara ett objekt</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>måste vara en lista</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>måste vara en lista med texter</translation>
    </message>
    <message>
        <source>has {count} items; at most {most} are allowed</source>
        <translation>har {count} poster; högst {most} är tillåtna</translation>
    </message>
    <message>
        <source>holds more than {most} items</source>
        <translation>innehåller fler än {most} poster</translation>
    </message>
    <message>
        <source>must have at least one item</source>
        <translation>måste ha minst en post</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>är inget känt fält</translation>
    </message>
    <message>
        <source>has an invalid value {value}</source>
        <translation>har ett ogiltigt värde {value}</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>är för stort</translation>
    </message>
    <message>
        <source>is not a plausible year</source>
        <translation>är inte ett rimligt år</translation>
    </message>
    <message>
        <source>name at least one recipient</source>
        <translation>ange minst en mottagare</translation>
    </message>
    <message>
        <source>is before the date consent was given</source>
        <translation>är före datumet då samtycket gavs</translation>
    </message>
    <message>
        <source>only a guardian&apos;s consent can say they alone have custody</source>
        <translation>bara en vårdnadshavares samtycke kan ange ensam vårdnad</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Lösenfrasen är tom.</translation>
    </message>
    <message>
        <source>The passphrase holds characters that are not valid text.</source>
        <translation>Lösenfrasen innehåller tecken som inte är giltig text.</translation>
    </message>
    <message>
        <source>choose a step from 1 to {top}</source>
        <translation>välj ett steg från 1 till {top}</translation>
    </message>
    <message>
        <source>must be girl, boy or neutral</source>
        <translation>måste vara girl, boy eller neutral</translation>
    </message>
    <message>
        <source>is not a language Hjulet knows</source>
        <translation>är inte ett språk som Hjulet känner till</translation>
    </message>
    <message>
        <source>is not in this wheel</source>
        <translation>finns inte i det här hjulet</translation>
    </message>
    <message>
        <source>must be answer or words</source>
        <translation>måste vara answer eller words</translation>
    </message>
    <message>
        <source>is not a setting</source>
        <translation>är ingen inställning</translation>
    </message>
    <message>
        <source>is not a summary setting</source>
        <translation>är ingen inställning för sammanfattningen</translation>
    </message>
    <message>
        <source>no such wheel or scale</source>
        <translation>hjulet eller skalan finns inte</translation>
    </message>
    <message>
        <source>the conversation already has answers on its scale</source>
        <translation>samtalet har redan svar på sin skala</translation>
    </message>
    <message>
        <source>must be child, adult or guardian</source>
        <translation>måste vara child, adult eller guardian</translation>
    </message>
    <message>
        <source>is not a conversation text</source>
        <translation>är ingen text i samtalet</translation>
    </message>
    <message>
        <source>must be &apos;code&apos; or &apos;name&apos;</source>
        <translation>måste vara &apos;code&apos; eller &apos;name&apos;</translation>
    </message>
    <message>
        <source>the summary is printed in {languages}</source>
        <translation>sammanfattningen skrivs ut på {languages}</translation>
    </message>
    <message>
        <source>a child&apos;s copy can be printed in {languages}</source>
        <translation>barnets exemplar kan skrivas ut på {languages}</translation>
    </message>
    <message>
        <source>the wheel has texts in {languages}</source>
        <translation>hjulet har texter på {languages}</translation>
    </message>
    <message>
        <source>must be &apos;summary&apos; or &apos;child-copy&apos;</source>
        <translation>måste vara &apos;summary&apos; eller &apos;child-copy&apos;</translation>
    </message>
    <message>
        <source>must be A4 or A3</source>
        <translation>måste vara A4 eller A3</translation>
    </message>
    <message>
        <source>is not an encrypted PDF from Hjulet</source>
        <translation>är ingen krypterad PDF från Hjulet</translation>
    </message>
    <message>
        <source>is a vault backup, not an export</source>
        <translation>är en säkerhetskopia av ett valv, inte en export</translation>
    </message>
    <message>
        <source>is an export, not a vault backup</source>
        <translation>är en export, inte en säkerhetskopia av ett valv</translation>
    </message>
    <message>
        <source>is larger than {n} bytes</source>
        <translation>är större än {n} byte</translation>
    </message>
    <message>
        <source>is too complex to read safely (nested too deeply, or too many items)</source>
        <translation>är för komplicerad för att läsas säkert (för djupt nästlad eller för många poster)</translation>
    </message>
    <message>
        <source>has brackets that do not match (is it cut short?)</source>
        <translation>har hakparenteser eller klammerparenteser som inte går jämnt ut (är filen avklippt?)</translation>
    </message>
    <message>
        <source>is nested more than {n} levels deep</source>
        <translation>är nästlad i fler än {n} nivåer</translation>
    </message>
    <message>
        <source>holds more than {most} lists and objects</source>
        <translation>innehåller fler än {most} listor och objekt</translation>
    </message>
    <message>
        <source>holds {count} arrays and tables; at most {most} are allowed</source>
        <translation>innehåller {count} listor och tabeller; högst {most} är tillåtna</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte})</source>
        <translation>är inte UTF-8-text (byte {byte})</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>är inte UTF-8-text</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column})</source>
        <translation>är inte giltig JSON (rad {line}, kolumn {column})</translation>
    </message>
    <message>
        <source>is not valid JSON</source>
        <translation>är inte giltig JSON</translation>
    </message>
    <message>
        <source>names the same key twice in one object</source>
        <translation>har samma nyckel två gånger i ett objekt</translation>
    </message>
    <message>
        <source>holds a number that is not finite (NaN)</source>
        <translation>innehåller ett tal som inte är ändligt (NaN)</translation>
    </message>
    <message>
        <source>the export read back differs from what was written</source>
        <translation>exporten skiljer sig vid tillbakaläsning från det som skrevs</translation>
    </message>
    <message>
        <source>must be {expected}: this is not a Hjulet export</source>
        <translation>måste vara {expected}: detta är ingen export från Hjulet</translation>
    </message>
    <message>
        <source>is {version}; this Hjulet reads version {supported}: update it</source>
        <translation>är {version}; denna Hjulet läser version {supported}: uppdatera programmet</translation>
    </message>
    <message>
        <source>must be text of at most {n} characters</source>
        <translation>måste vara text på högst {n} tecken</translation>
    </message>
    <message>
        <source>key must be 1 to {n} characters</source>
        <translation>nyckeln måste vara 1 till {n} tecken</translation>
    </message>
    <message>
        <source>must be wheel or scale</source>
        <translation>måste vara wheel eller scale</translation>
    </message>
    <message>
        <source>does not name a wheel under &apos;definitions&apos;</source>
        <translation>anger inget hjul under &apos;definitions&apos;</translation>
    </message>
    <message>
        <source>does not name a scale under &apos;definitions&apos;</source>
        <translation>anger ingen skala under &apos;definitions&apos;</translation>
    </message>
    <message>
        <source>is not an area of this conversation&apos;s wheel</source>
        <translation>är inget livsområde i det här samtalets hjul</translation>
    </message>
    <message>
        <source>must be a language code such as sv or ar</source>
        <translation>måste vara en språkkod som sv eller ar</translation>
    </message>
    <message>
        <source>appears twice in this conversation</source>
        <translation>förekommer två gånger i det här samtalet</translation>
    </message>
    <message>
        <source>appears twice in this guardian&apos;s view</source>
        <translation>förekommer två gånger i den här vårdnadshavarens bild</translation>
    </message>
    <message>
        <source>must be a plausible year or null</source>
        <translation>måste vara ett rimligt år eller null</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation>måste vara ett datum ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation>är inget giltigt datum</translation>
    </message>
    <message>
        <source>is outside the years 1900 to 2200</source>
        <translation>ligger utanför åren 1900 till 2200</translation>
    </message>
    <message>
        <source>must be a date and time in ISO 8601 form, or null</source>
        <translation>måste vara datum och tid i ISO 8601-form, eller null</translation>
    </message>
    <message>
        <source>is not a valid date and time</source>
        <translation>är ingen giltig tidpunkt</translation>
    </message>
    <message>
        <source>must be a level number or not_asked, declined, dont_know</source>
        <translation>måste vara ett stegnummer eller not_asked, declined, dont_know</translation>
    </message>
    <message>
        <source>level {level} is outside 1 to {top}</source>
        <translation>steg {level} ligger utanför 1 till {top}</translation>
    </message>
    <message>
        <source>is also used by children[{index}]</source>
        <translation>används också av children[{index}]</translation>
    </message>
    <message>
        <source>is already used by a child in this vault</source>
        <translation>används redan av ett barn i det här valvet</translation>
    </message>
    <message>
        <source>stopped after {n} problems</source>
        <translation>avbröt efter {n} problem</translation>
    </message>
    <message>
        <source>has an invalid language code {code}</source>
        <translation>har en ogiltig språkkod {code}</translation>
    </message>
    <message>
        <source>has no text in the default language {lang}</source>
        <translation>har ingen text på standardspråket {lang}</translation>
    </message>
    <message>
        <source>must be &apos;ltr&apos; or &apos;rtl&apos;</source>
        <translation>måste vara &apos;ltr&apos; eller &apos;rtl&apos;</translation>
    </message>
    <message>
        <source>must be one of draft, reviewed, official</source>
        <translation>måste vara något av draft, reviewed, official</translation>
    </message>
    <message>
        <source>is {found}; this Hjulet reads format {supported}</source>
        <translation>är {found}; denna Hjulet läser format {supported}</translation>
    </message>
    <message>
        <source>must list the default language {lang}</source>
        <translation>måste ange standardspråket {lang}</translation>
    </message>
    <message>
        <source>must be a non-empty list of areas</source>
        <translation>måste vara en lista med livsområden som inte är tom</translation>
    </message>
    <message>
        <source>must have between 3 and {most} areas</source>
        <translation>måste ha mellan 3 och {most} livsområden</translation>
    </message>
    <message>
        <source>{value} is used twice</source>
        <translation>{value} används två gånger</translation>
    </message>
    <message>
        <source>has text in {lang}, which is not listed under [languages]</source>
        <translation>har text på {lang}, som inte finns under [languages]</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kan inte läsas ({reason})</translation>
    </message>
    <message>
        <source>is not valid TOML ({detail})</source>
        <translation>är inte giltig TOML ({detail})</translation>
    </message>
    <message>
        <source>must be a list of 2 to 7 steps</source>
        <translation>måste vara en lista med 2 till 7 steg</translation>
    </message>
    <message>
        <source>must be {n} (steps run 1, 2, 3 ... from the centre)</source>
        <translation>måste vara {n} (stegen går 1, 2, 3 … från mitten)</translation>
    </message>
    <message>
        <source>must list &apos;sv&apos;</source>
        <translation>måste ange &apos;sv&apos;</translation>
    </message>
    <message>
        <source>must be a list of keys such as &quot;texts.next&quot;</source>
        <translation>måste vara en lista med nycklar som &quot;texts.next&quot;</translation>
    </message>
    <message>
        <source>has more than {most} sections</source>
        <translation>har fler än {most} avsnitt</translation>
    </message>
    <message>
        <source>is not a known setting or a [section] of texts</source>
        <translation>är ingen känd inställning eller något [avsnitt] med texter</translation>
    </message>
    <message>
        <source>is not a known text (a typing mistake?)</source>
        <translation>är ingen känd text (ett skrivfel?)</translation>
    </message>
    <message>
        <source>names {key}, which is not a known text</source>
        <translation>anger {key}, som inte är någon känd text</translation>
    </message>
    <message>
        <source>variants need girl and boy (or neutral)</source>
        <translation>varianterna behöver girl och boy (eller neutral)</translation>
    </message>
    <message>
        <source>must be text, or a table of girl/boy/neutral variants</source>
        <translation>måste vara text, eller en tabell med varianterna girl/boy/neutral</translation>
    </message>
    <message>
        <source>has placeholders {found}; the Swedish text has {wanted}</source>
        <translation>har platshållarna {found}; den svenska texten har {wanted}</translation>
    </message>
    <message>
        <source>says language {lang} but is named {name}</source>
        <translation>anger språket {lang} men heter {name}</translation>
    </message>
    <message>
        <source>no child texts found</source>
        <translation>inga barntexter hittades</translation>
    </message>
    <message>
        <source>no organisation.toml found</source>
        <translation>ingen organisation.toml hittades</translation>
    </message>
    <message>
        <source>the program&apos;s own files are missing</source>
        <translation>programmets egna filer saknas</translation>
    </message>
    <message>
        <source>the vault is damaged or was changed outside Hjulet</source>
        <translation>valvet är skadat eller har ändrats utanför Hjulet</translation>
    </message>
    <message>
        <source>a new recovery key was made but never confirmed; the previous one is still in force (run &apos;hjulet recovery-key&apos;)</source>
        <translation>en ny återställningsnyckel skapades men bekräftades aldrig; den förra gäller fortfarande (kör &apos;hjulet recovery-key&apos;)</translation>
    </message>
    <message>
        <source>the vault&apos;s recovery key was never confirmed (run &apos;hjulet recovery-key&apos;)</source>
        <translation>valvets återställningsnyckel bekräftades aldrig (kör &apos;hjulet recovery-key&apos;)</translation>
    </message>
    <message>
        <source>the audit log cannot be read</source>
        <translation>granskningsloggen kan inte läsas</translation>
    </message>
    <message>
        <source>the audit log was altered at entry {n}</source>
        <translation>granskningsloggen har ändrats vid post {n}</translation>
    </message>
    <message>
        <source>the database file is not encrypted</source>
        <translation>databasfilen är inte krypterad</translation>
    </message>
    <message>
        <source>the encryption check failed: {detail}</source>
        <translation>krypteringskontrollen misslyckades: {detail}</translation>
    </message>
    <message>
        <source>the database check found: {detail}</source>
        <translation>databaskontrollen hittade: {detail}</translation>
    </message>
    <message>
        <source>{n} broken references between the database&apos;s tables</source>
        <translation>{n} trasiga hänvisningar mellan databasens tabeller</translation>
    </message>
    <message>
        <source>the database could not be checked ({kind})</source>
        <translation>databasen kunde inte kontrolleras ({kind})</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namnet</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Födelseåret</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>Name of the person giving consent</source>
        <translation>Namnet på den som lämnar samtycke</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckningen</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>Barnets egna ord</translation>
    </message>
    <message>
        <source>What is good</source>
        <translation>Det som är bra</translation>
    </message>
    <message>
        <source>What is hard</source>
        <translation>Det som är svårt</translation>
    </message>
    <message>
        <source>What the child wants to happen</source>
        <translation>Det barnet vill ska hända</translation>
    </message>
    <message>
        <source>Who the child wants help from</source>
        <translation>Vem barnet vill ha hjälp av</translation>
    </message>
    <message>
        <source>The professional&apos;s note</source>
        <translation>Yrkespersonens anteckning</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Platsen</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Vilka som var med</translation>
    </message>
    <message>
        <source>What is important to me</source>
        <translation>Det här är viktigt för mig</translation>
    </message>
    <message>
        <source>The question for the meeting</source>
        <translation>Frågan till mötet</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svaret</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Filen</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Pappersformat</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>For example: Sara Lind</source>
        <translation>Till exempel: Sara Lind</translation>
    </message>
    <message>
        <source>For example: School counsellor</source>
        <translation>Till exempel: Skolkurator</translation>
    </message>
    <message>
        <source>For example: Vingåker municipality, Slottsskolan</source>
        <translation>Till exempel: Vingåkers kommun, Slottsskolan</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Your title</source>
        <translation>Din titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Verksamhet</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read-aloud is off for now: the speech engine on this computer stopped answering. The child can go on without it.</source>
        <translation>Uppläsningen är avstängd en stund: datorns talsyntes slutade svara. Barnet kan fortsätta utan den.</translation>
    </message>
    <message>
        <source>Recorded read-aloud is off for now: sound playback on this computer stopped answering. The child can go on without it.</source>
        <translation>Inspelad uppläsning är avstängd en stund: datorns ljuduppspelning slutade svara. Barnet kan fortsätta utan den.</translation>
    </message>
    <message>
        <source>Read-aloud is off: the speech engine stopped answering</source>
        <translation>Uppläsningen är avstängd: talsyntesen slutade svara</translation>
    </message>
    <message>
        <source>No voice for %1 on this computer</source>
        <translation>Ingen röst för %1 på den här datorn</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover the vault</source>
        <translation>Återställ åtkomsten till valvet</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or wrote down when the vault was made, and choose a new passphrase. Letters may be typed in small or capital letters; dashes and spaces do not matter.</source>
        <translation>Skriv återställningsnyckeln som du skrev ut eller skrev ner när valvet skapades, och välj en ny lösenfras. Bokstäverna kan vara små eller stora; bindestreck och mellanslag spelar ingen roll.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Upprepa den nya lösenfrasen</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Upprepa den</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>The vault has a new passphrase. Here is its NEW recovery key: the old one no longer works. Print it or write it down now and keep it locked away.</source>
        <translation>Valvet har en ny lösenfras. Här är dess NYA återställningsnyckel: den gamla fungerar inte längre. Skriv ut den eller skriv ner den nu, och förvara den inlåst.</translation>
    </message>
    <message>
        <source>I have printed or written down the new recovery key</source>
        <translation>Jag har skrivit ut eller skrivit ner den nya återställningsnyckeln</translation>
    </message>
    <message>
        <source>Open the vault</source>
        <translation>Öppna valvet</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Lösenfraserna är inte likadana.</translation>
    </message>
    <message>
        <source>Wait, Hjulet is setting the new passphrase.</source>
        <translation>Vänta, Hjulet ställer in den nya lösenfrasen.</translation>
    </message>
    <message>
        <source>Wait, Hjulet is saving the new recovery key.</source>
        <translation>Vänta, Hjulet sparar den nya återställningsnyckeln.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Din återställningsnyckel</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key opens the vault. It is shown only now.</source>
        <translation>Om lösenfrasen någon gång glöms bort öppnar den här nyckeln valvet. Den visas bara nu.</translation>
    </message>
    <message>
        <source>Creating the vault and protecting its key…</source>
        <translation>Skapar valvet och skyddar dess nyckel…</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Skapar valvet</translation>
    </message>
    <message>
        <source>Print it or write it down, and keep the paper locked away, apart from the computer. Do not save it on this computer or send it by e-mail. Anyone with the key and the vault folder can open the vault.</source>
        <translation>Skriv ut den eller skriv ner den, och förvara pappret inlåst, skilt från datorn. Spara den inte på den här datorn och skicka den inte med e-post. Den som har nyckeln och valvets mapp kan öppna valvet.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <source>Wait, Hjulet is creating the vault. It takes a few seconds.</source>
        <translation>Vänta, Hjulet skapar valvet. Det tar några sekunder.</translation>
    </message>
    <message>
        <source>The vault could not be created. %1</source>
        <translation>Valvet kunde inte skapas. %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Print the recovery key…</source>
        <translation>Skriv ut återställningsnyckeln…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Sparas till</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Time to clear out</source>
        <translation>Dags att gallra</translation>
    </message>
    <message>
        <source>These children&apos;s keep-until dates have passed. Hjulet is a conversation aid, not the record: copy what must be kept into the journal or case system, then delete the child here. Nothing happens until you choose to delete.</source>
        <translation>Sparatiden har gått ut för de här barnen. Hjulet är ett samtalsstöd, inte journalen: för över det som ska sparas till journalen eller verksamhetssystemet och radera sedan barnet här. Inget händer förrän du väljer att radera.</translation>
    </message>
    <message>
        <source>Children past their keep-until date</source>
        <translation>Barn vars sparatid har gått ut</translation>
    </message>
    <message>
        <source>Select a child and press Delete to delete the child for good.</source>
        <translation>Markera ett barn och tryck på Delete för att radera barnet för gott.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <source>Export, then delete…</source>
        <translation>Exportera och radera sedan…</translation>
    </message>
    <message>
        <source>Write the selected child to an export file, check the file, and only then delete the child from the vault.</source>
        <translation>Skriv det markerade barnet till en exportfil, kontrollera filen och radera först därefter barnet ur valvet.</translation>
    </message>
    <message>
        <source>Nothing is past its keep-until date.</source>
        <translation>Ingen sparatid har gått ut.</translation>
    </message>
    <message>
        <source>Exporting, then deleting</source>
        <translation>Exporterar, raderar sedan</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Påminn mig senare</translation>
    </message>
    <message>
        <source>Export, then delete</source>
        <translation>Exportera och radera sedan</translation>
    </message>
    <message>
        <source>Encrypt the export with a passphrase of its own? Choose No only if the file goes straight into the case system and is then deleted.</source>
        <translation>Vill du kryptera exporten med en egen lösenfras? Välj Nej bara om filen förs direkt in i verksamhetssystemet och sedan raderas.</translation>
    </message>
    <message>
        <source>Encrypted export (*.hbk)</source>
        <translation>Krypterad export (*.hbk)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose a passphrase for the export file and tell it to the receiver another way than the file.</source>
        <translation>Välj en lösenfras för exportfilen och ge den till mottagaren på ett annat sätt än filen.</translation>
    </message>
    <message>
        <source>Exporting %1, then deleting it once the file has been checked. Other deletions and closing wait until this is done.</source>
        <translation>Exporterar %1 och raderar sedan barnet, när filen har kontrollerats. Andra raderingar och stängning får vänta tills det är klart.</translation>
    </message>
    <message>
        <source>Wait, Hjulet is exporting the child and then deleting it.</source>
        <translation>Vänta, Hjulet exporterar barnet och raderar det sedan.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Radera för gott</translation>
    </message>
    <message>
        <source>Delete %1 and everything about this child: conversations, words, consent and SIP preparation? Deletion is permanent and cannot be undone. Export or copy what must be kept first.</source>
        <translation>Radera %1 och allt om barnet: samtal, ord, samtycken och förberedelser inför SIP? Det går inte att ångra. Exportera eller kopiera först det som ska sparas.</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Radera för gott</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Lås efter minuter utan användning</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>Language of Hjulet</source>
        <translation>Språk i Hjulet</translation>
    </message>
    <message>
        <source>Lock after this long without use</source>
        <translation>Lås efter så här lång tid utan användning</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Det här valvet</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>Keep after the last conversation</source>
        <translation>Spara efter senaste samtalet</translation>
    </message>
    <message>
        <source>Wheel for new conversations</source>
        <translation>Hjul för nya samtal</translation>
    </message>
    <message>
        <source>The keep-until date of a child is set from this when a conversation is held. Your organisation decides how long notes may be kept.</source>
        <translation>Barnets sparatid räknas härifrån när ett samtal hålls. Din verksamhet bestämmer hur länge anteckningar får sparas.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalt</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <source>Theme of child mode</source>
        <translation>Tema för barnläget</translation>
    </message>
    <message>
        <source>Child mode may be left with a PIN set at hand-over</source>
        <translation>Barnläget får lämnas med en pinkod som sätts vid överlämningen</translation>
    </message>
</context>
<context>
    <name>SharingIndicator</name>
    <message>
        <source>Sharing of the child&apos;s answers blocked:</source>
        <translation>Delning av barnets svar blockerad:</translation>
    </message>
    <message>
        <source>Sharing blocked: every recorded consent has expired or been withdrawn. Nothing from this child&apos;s conversations may be shared until new consent is recorded.</source>
        <translation>Delning spärrad: alla registrerade samtycken har gått ut eller återkallats. Inget från barnets samtal får delas förrän ett nytt samtycke har registrerats.</translation>
    </message>
    <message>
        <source>Sharing blocked: no consent is recorded for this child. Nothing from the conversations may be shared until consent is recorded.</source>
        <translation>Delning spärrad: inget samtycke är registrerat för barnet. Inget från samtalen får delas förrän ett samtycke har registrerats.</translation>
    </message>
    <message>
        <source>Sharing allowed:</source>
        <translation>Delning tillåten:</translation>
    </message>
    <message>
        <source>Sharing allowed (not %1&apos;s own words: no valid consent from %1):</source>
        <translation>Delning tillåten (inte det %1 själv sagt: inget giltigt samtycke från %1):</translation>
    </message>
    <message>
        <source>Sharing allowed (not the guardians&apos; own words: no valid consent from them):</source>
        <translation>Delning tillåten (inte det vårdnadshavarna själva sagt: inget giltigt samtycke från dem):</translation>
    </message>
</context>
<context>
    <name>Sip</name>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Does what</source>
        <translation>Gör vad</translation>
    </message>
    <message>
        <source>By when (YYYY-MM-DD)</source>
        <translation>Senast när (ÅÅÅÅ-MM-DD)</translation>
    </message>
</context>
<context>
    <name>SipPanel</name>
    <message>
        <source>What should the meeting answer?</source>
        <translation>Vad ska mötet svara på?</translation>
    </message>
    <message>
        <source>Question for the meeting</source>
        <translation>Frågeställning till mötet</translation>
    </message>
    <message>
        <source>E.g. wants to be there for the first half hour, with the mentor beside</source>
        <translation>T.ex. vill vara med första halvtimmen, med mentorn bredvid sig</translation>
    </message>
    <message>
        <source>How the child wants to take part</source>
        <translation>Hur barnet vill vara delaktigt</translation>
    </message>
    <message>
        <source>Who is invited, one per line</source>
        <translation>Vilka som bjuds in, en per rad</translation>
    </message>
    <message>
        <source>Who attends</source>
        <translation>Vilka som deltar</translation>
    </message>
    <message>
        <source>Who does what by when</source>
        <translation>Vem gör vad och när</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Role or organisation</source>
        <translation>Roll eller verksamhet</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Uppföljning den</translation>
    </message>
    <message>
        <source>Who follows up</source>
        <translation>Vem som följer upp</translation>
    </message>
    <message>
        <source>by</source>
        <translation>av</translation>
    </message>
    <message>
        <source>Overall responsibility</source>
        <translation>Övergripande ansvar</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Preparation for the SIP meeting. It is saved as you type and goes into the SIP summary.</source>
        <translation>Förberedelse inför SIP-mötet. Den sparas medan du skriver och kommer med i SIP-sammanfattningen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>StartConversationDialog</name>
    <message>
        <source>Start a conversation</source>
        <translation>Starta ett samtal</translation>
    </message>
    <message>
        <source>A new conversation with %1, today.</source>
        <translation>Ett nytt samtal med %1, i dag.</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Hjul</translation>
    </message>
    <message>
        <source>Wheel:</source>
        <translation>Hjul:</translation>
    </message>
    <message>
        <source>Three faces (about 4–7 years)</source>
        <translation>Tre ansikten (ca 4–7 år)</translation>
    </message>
    <message>
        <source>Worded steps (about 8–12 years)</source>
        <translation>Steg med ord (ca 8–12 år)</translation>
    </message>
    <message>
        <source>Words and numbers (about 13–18 years)</source>
        <translation>Ord och siffror (ca 13–18 år)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <source>Language of the child texts</source>
        <translation>Språk för barnets texter</translation>
    </message>
    <message>
        <source>Child&apos;s language:</source>
        <translation>Barnets språk:</translation>
    </message>
    <message>
        <source>For example: the child, a guardian, me</source>
        <translation>T.ex. barnet, vårdnadshavare, jag</translation>
    </message>
    <message>
        <source>Who is present</source>
        <translation>Vilka som är med</translation>
    </message>
    <message>
        <source>Who is present:</source>
        <translation>Vilka som är med:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>The child&apos;s texts in this language cannot be read.</source>
        <translation>Barnets texter på det här språket går inte att läsa.</translation>
    </message>
    <message>
        <source>The child&apos;s texts in %1 are a draft: no native speaker has checked them yet.</source>
        <translation>Barnets texter på %1 är ett utkast: ingen modersmålstalare har granskat dem än.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The folder {path} cannot be used for settings and logs. Choose another with --basedir.</source>
        <translation>Mappen {path} kan inte användas för inställningar och loggar. Välj en annan med --basedir.</translation>
    </message>
    <message>
        <source>No display found (DISPLAY is not set). Run Hjulet on a machine with a screen, or on a virtual one:
    Xvfb :99 -screen 0 1366x768x24 &amp;
    DISPLAY=:99 {cmd}</source>
        <translation>Ingen skärm hittades (DISPLAY saknas). Kör Hjulet på en dator med skärm, eller med en virtuell skärm:
    Xvfb :99 -screen 0 1366x768x24 &amp;
    DISPLAY=:99 {cmd}</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <source>An estimate, not a promise: the strength counts length, words and kinds of characters.</source>
        <translation>En uppskattning, inget löfte: styrkan räknas på längd, ord och sorters tecken.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Summary for the SIP meeting</source>
        <translation>Sammanfattning inför SIP-mötet</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Summary for the meeting</source>
        <translation>Sammanfattning inför mötet</translation>
    </message>
    <message>
        <source>The child&apos;s own copy</source>
        <translation>Barnets egen kopia</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation>Sammanfattningens språk</translation>
    </message>
    <message>
        <source>Language of the child&apos;s copy</source>
        <translation>Språk i barnets kopia</translation>
    </message>
    <message>
        <source>Code (%1)</source>
        <translation>Kod (%1)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>At the top</source>
        <translation>Överst</translation>
    </message>
    <message>
        <source>The summary shows only what the child chose to share, and only while a consent is valid today. The child&apos;s copy holds everything the child said and nothing the adults wrote.</source>
        <translation>Sammanfattningen visar bara det barnet har valt att dela, och bara om ett samtycke gäller i dag. Barnets kopia innehåller allt barnet sa och inget av det de vuxna skrev.</translation>
    </message>
    <message>
        <source>There is no conversation to print yet.</source>
        <translation>Det finns inget samtal att skriva ut än.</translation>
    </message>
    <message>
        <source>Child-copy</source>
        <translation>Barnets-kopia</translation>
    </message>
    <message>
        <source>SIP-summary</source>
        <translation>SIP-sammanfattning</translation>
    </message>
</context>
<context>
    <name>SummaryLabels</name>
    <message>
        <source>Summary for a SIP meeting</source>
        <translation>Sammanfattning inför SIP-möte</translation>
    </message>
    <message>
        <source>The child&apos;s own picture from a conversation with the wellbeing wheel</source>
        <translation>Barnets egen bild från samtal med Barnets bästa-hjulet</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskrivet</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Upprättad av</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <source>Contains information that may be subject to secrecy</source>
        <translation>Innehåller uppgifter som kan omfattas av sekretess</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>What is important to me</source>
        <translation>Det här är viktigt för mig</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>Barnets egna ord</translation>
    </message>
    <message>
        <source>The wheel – as the child sees it</source>
        <translation>Hjulet – så som barnet ser det</translation>
    </message>
    <message>
        <source>Each area fills from the centre outward. There is no total and no level to be reached.</source>
        <translation>Varje område fylls från mitten och utåt. Det finns ingen summa och ingen nivå som ska nås.</translation>
    </message>
    <message>
        <source>Filled part: the child&apos;s answer, from the centre {steps}</source>
        <translation>Fylld del: barnets svar, från mitten {steps}</translation>
    </message>
    <message>
        <source>Dashed line: the adult&apos;s view</source>
        <translation>Streckad linje: den vuxnes bild</translation>
    </message>
    <message>
        <source>A</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>The adult does not want to answer</source>
        <translation>Den vuxne vill inte svara</translation>
    </message>
    <message>
        <source>The adult does not know</source>
        <translation>Den vuxne vet inte</translation>
    </message>
    <message>
        <source>There is no valid consent on {date}, so none of the child&apos;s answers are shared.</source>
        <translation>Det finns inget giltigt samtycke den {date}. Därför delas inget av barnets svar.</translation>
    </message>
    <message>
        <source>The consent was withdrawn on {since}. There is no valid consent on {date}, so none of the child&apos;s answers are shared.</source>
        <translation>Samtycket återkallades den {since}. Det finns inget giltigt samtycke den {date}. Därför delas inget av barnets svar.</translation>
    </message>
    <message>
        <source>The consent was valid until {since}. There is no valid consent on {date}, so none of the child&apos;s answers are shared.</source>
        <translation>Samtycket gällde till och med {since}. Det finns inget giltigt samtycke den {date}. Därför delas inget av barnets svar.</translation>
    </message>
    <message>
        <source>Only {giver} has given a valid consent on {date}. With joint custody both guardians must consent (or the child, when mature enough to decide), so none of the child&apos;s answers are shared.</source>
        <translation>Bara {giver} har ett giltigt samtycke den {date}. Vid gemensam vårdnad behöver båda vårdnadshavarna samtycka (eller barnet självt, när barnet är moget nog att bestämma). Därför delas inget av barnets svar.</translation>
    </message>
    <message>
        <source>Only the other caregiver has a valid consent on {date}. It covers only what they have said themselves, so none of the child&apos;s answers are shared.</source>
        <translation>Bara den andra omsorgspersonen har ett giltigt samtycke den {date}. Det gäller bara det hen själv har sagt, så inget av barnets svar delas.</translation>
    </message>
    <message>
        <source>Area by area</source>
        <translation>Område för område</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>The child&apos;s answer</source>
        <translation>Barnets svar</translation>
    </message>
    <message>
        <source>Since the last conversation ({date})</source>
        <translation>Sedan förra samtalet ({date})</translation>
    </message>
    <message>
        <source>Since the last conversation</source>
        <translation>Sedan förra samtalet</translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation>inget att jämföra</translation>
    </message>
    <message>
        <source>step {level} of {size}</source>
        <translation>steg {level} av {size}</translation>
    </message>
    <message>
        <source>{before} › {now} ({direction})</source>
        <translation>{before} › {now} ({direction})</translation>
    </message>
    <message>
        <source>{n} step(s) outward</source>
        <translation>{n} steg utåt</translation>
    </message>
    <message>
        <source>{n} step(s) inward</source>
        <translation>{n} steg inåt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrat</translation>
    </message>
    <message>
        <source>same ({now})</source>
        <translation>samma ({now})</translation>
    </message>
    <message>
        <source>No earlier conversation to compare with.</source>
        <translation>Inget tidigare samtal att jämföra med.</translation>
    </message>
    <message>
        <source>The child on what has changed</source>
        <translation>Barnet om det som har förändrats</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>Med egna ord</translation>
    </message>
    <message>
        <source>What is good</source>
        <translation>Det som är bra</translation>
    </message>
    <message>
        <source>What is hard</source>
        <translation>Det som är svårt</translation>
    </message>
    <message>
        <source>What I want to happen</source>
        <translation>Det jag vill ska hända</translation>
    </message>
    <message>
        <source>I want help from</source>
        <translation>Hjälp vill jag ha av</translation>
    </message>
    <message>
        <source>None of the child&apos;s own words are shown in this summary.</source>
        <translation>Inga av barnets egna ord visas i den här sammanfattningen.</translation>
    </message>
    <message>
        <source>The adult&apos;s view</source>
        <translation>Den vuxnes bild</translation>
    </message>
    <message>
        <source>The adult&apos;s own assessment. It is kept apart from the child&apos;s picture and never merged with it.</source>
        <translation>Den vuxnes egen bedömning. Den hålls åtskild från barnets bild och slås aldrig ihop med den.</translation>
    </message>
    <message>
        <source>Adult&apos;s answer</source>
        <translation>Vuxens svar</translation>
    </message>
    <message>
        <source>Adult&apos;s note</source>
        <translation>Vuxens anteckning</translation>
    </message>
    <message>
        <source>No adult assessment is shared.</source>
        <translation>Ingen vuxenbedömning delas.</translation>
    </message>
    <message>
        <source>{n} of the adult&apos;s answers and notes are not shown: the adult chose not to share them.</source>
        <translation>{n} av den vuxnes svar och anteckningar visas inte: den vuxne valde att inte dela dem.</translation>
    </message>
    <message>
        <source>1 of the adult&apos;s answers or notes is not shown: the adult chose not to share it.</source>
        <translation>1 av den vuxnes svar eller anteckningar visas inte: den vuxne valde att inte dela det.</translation>
    </message>
    <message>
        <source>{giver}: consent withdrawn on {since} – what they have said is not shown.</source>
        <translation>{giver}: samtycket återkallades den {since} – det hen har sagt visas inte.</translation>
    </message>
    <message>
        <source>{giver}: consent valid until {since} – what they have said is not shown.</source>
        <translation>{giver}: samtycket gällde till och med {since} – det hen har sagt visas inte.</translation>
    </message>
    <message>
        <source>Consent is personal: a guardian&apos;s or other caregiver&apos;s own view is shown only with their own consent. The child&apos;s answers need the child&apos;s own consent, or both guardians&apos; (one guardian&apos;s when they alone have custody); an other caregiver&apos;s consent does not cover them.</source>
        <translation>Samtycke är personligt: en vårdnadshavares eller annan omsorgspersons egen bild visas bara med hens eget samtycke. Barnets svar kräver barnets eget samtycke eller båda vårdnadshavarnas (en vårdnadshavares, när den har ensam vårdnad); en annan omsorgspersons samtycke gäller inte barnets svar.</translation>
    </message>
    <message>
        <source>Empty: not shown here</source>
        <translation>Tomt: visas inte här</translation>
    </message>
    <message>
        <source>– Not shown here</source>
        <translation>– Visas inte här</translation>
    </message>
    <message>
        <source>– Not shown here: not answered, or not for this meeting. The professional who held the conversation knows which; this summary does not say.</source>
        <translation>– Visas inte här: inte besvarat, eller inte till det här mötet. Den som höll samtalet vet vilket; sammanfattningen säger det inte.</translation>
    </message>
    <message>
        <source>There is no valid consent, so none of the adult&apos;s answers and notes are shared.</source>
        <translation>Det finns inget giltigt samtycke, så inget av den vuxnes svar och anteckningar delas.</translation>
    </message>
    <message>
        <source>Only one guardian has given a valid consent, so none of the adult&apos;s answers and notes are shared.</source>
        <translation>Bara en vårdnadshavare har ett giltigt samtycke, så inget av den vuxnes svar och anteckningar delas.</translation>
    </message>
    <message>
        <source>A guardian&apos;s answers, as the adult noted them, are not shown: no guardian has a valid consent.</source>
        <translation>En vårdnadshavares svar, så som den vuxne antecknade dem, visas inte: ingen vårdnadshavare har ett giltigt samtycke.</translation>
    </message>
    <message>
        <source>A guardian&apos;s answer, as the adult noted it</source>
        <translation>En vårdnadshavares svar, som den vuxne antecknade det</translation>
    </message>
    <message>
        <source>Noted by the adult during the conversation: what a guardian answered. It is not the guardian&apos;s own view (that is under The family&apos;s view) and not the child&apos;s answer.</source>
        <translation>Den vuxne antecknade under samtalet vad en vårdnadshavare svarade. Det är inte vårdnadshavarens egen bild (den står under Familjens bild) och inte barnets svar.</translation>
    </message>
    <message>
        <source>The guardian&apos;s answer (noted)</source>
        <translation>Vårdnadshavarens svar (antecknat)</translation>
    </message>
    <message>
        <source>For the meeting</source>
        <translation>Inför mötet</translation>
    </message>
    <message>
        <source>Question for the meeting</source>
        <translation>Frågeställning</translation>
    </message>
    <message>
        <source>How the child wants to take part</source>
        <translation>Så vill barnet vara med</translation>
    </message>
    <message>
        <source>Who does what, and when</source>
        <translation>Vem gör vad, och när</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Overall responsibility</source>
        <translation>Övergripande ansvar</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>{date}, {who}</source>
        <translation>{date}, {who}</translation>
    </message>
    <message>
        <source>Not filled in.</source>
        <translation>Inte ifyllt.</translation>
    </message>
    <message>
        <source>Consent the sharing rests on</source>
        <translation>Samtycke som delningen vilar på</translation>
    </message>
    <message>
        <source>{giver} ({form}, {given}) – for {recipients} – valid {until}</source>
        <translation>{giver} ({form}, {given}) – för {recipients} – giltigt {until}</translation>
    </message>
    <message>
        <source>{giver}, the only guardian with custody</source>
        <translation>{giver}, med ensam vårdnad</translation>
    </message>
    <message>
        <source>The child&apos;s answers and words, and the adult&apos;s view, rest on {basis}.</source>
        <translation>Barnets svar och ord, och den vuxnes bild, delas med stöd av {basis}.</translation>
    </message>
    <message>
        <source>the child&apos;s own consent</source>
        <translation>barnets eget samtycke</translation>
    </message>
    <message>
        <source>both guardians&apos; consent</source>
        <translation>båda vårdnadshavarnas samtycke</translation>
    </message>
    <message>
        <source>the consent of the guardian with sole custody</source>
        <translation>samtycke från vårdnadshavaren med ensam vårdnad</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} och {second}</translation>
    </message>
    <message>
        <source>{giver}: no valid consent – what this guardian has said is not shown.</source>
        <translation>{giver}: inget giltigt samtycke – det vårdnadshavaren har sagt visas inte.</translation>
    </message>
    <message>
        <source>{giver}: consent withdrawn on {since} – what this guardian has said is not shown.</source>
        <translation>{giver}: samtycket återkallades den {since} – det vårdnadshavaren har sagt visas inte.</translation>
    </message>
    <message>
        <source>{giver}: consent valid until {since} – what this guardian has said is not shown.</source>
        <translation>{giver}: samtycket gällde till och med {since} – det vårdnadshavaren har sagt visas inte.</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>barnet</translation>
    </message>
    <message>
        <source>guardian 1</source>
        <translation>vårdnadshavare 1</translation>
    </message>
    <message>
        <source>guardian 2</source>
        <translation>vårdnadshavare 2</translation>
    </message>
    <message>
        <source>the other caregiver</source>
        <translation>den andra omsorgspersonen</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>till {date}</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>Barnet</translation>
    </message>
    <message>
        <source>Guardian 1</source>
        <translation>Vårdnadshavare 1</translation>
    </message>
    <message>
        <source>Guardian 2</source>
        <translation>Vårdnadshavare 2</translation>
    </message>
    <message>
        <source>Other caregiver</source>
        <translation>Annan omsorgsperson</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>muntligt</translation>
    </message>
    <message>
        <source>written</source>
        <translation>skriftligt</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Lagstöd</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Timeline of the area</source>
        <translation>Områdets tidslinje</translation>
    </message>
    <message>
        <source>Guardians&apos; views</source>
        <translation>Vårdnadshavarnas bilder</translation>
    </message>
    <message>
        <source>Show each guardian&apos;s own answer and words, apart</source>
        <translation>Visa varje vårdnadshavares eget svar och egna ord, var för sig</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>en</source>
        <comment>the language code of this translation (sv for Swedish)</comment>
        <translation>sv</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock vault</source>
        <translation>Lås upp valvet</translation>
    </message>
    <message>
        <source>Unlock the vault in
%1</source>
        <translation>Lås upp valvet i
%1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation>Kontrollerar lösenfrasen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>Glömt lösenfrasen?</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Skriv valvets lösenfras.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>The work in progress when the vault locked has ended.</source>
        <translation>Arbetet som pågick när valvet låstes har blivit klart.</translation>
    </message>
    <message>
        <source>The work in progress when the vault locked failed. Do it again after unlocking.</source>
        <translation>Arbetet som pågick när valvet låstes misslyckades. Gör det igen när du har låst upp.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Hjulet</source>
        <translation>Välkommen till Hjulet</translation>
    </message>
    <message>
        <source>Language of Hjulet</source>
        <translation>Språk i Hjulet</translation>
    </message>
    <message>
        <source>Hjulet is a conversation aid for the child&apos;s best wheel. You sit with a child, the child shows how each of the eight areas of life feels, and their own words are kept. Hjulet prints a summary that carries the child&apos;s voice to the SIP meeting.</source>
        <translation>Hjulet är ett samtalsstöd för Barnets bästa-hjulet. Du sitter med ett barn, barnet visar hur vart och ett av livets åtta områden känns, och barnets egna ord sparas. Hjulet skriver ut en sammanfattning som bär barnets röst till SIP-mötet.</translation>
    </message>
    <message>
        <source>Everything is kept in an encrypted vault on this computer. Hjulet never uses the network.</source>
        <translation>Allt sparas i ett krypterat valv på den här datorn. Hjulet använder aldrig nätverket.</translation>
    </message>
    <message>
        <source>Look at the demo first…</source>
        <translation>Titta på demon först…</translation>
    </message>
    <message>
        <source>A vault of fictional children, to try everything without real data</source>
        <translation>Ett valv med påhittade barn, för att prova allt utan riktiga uppgifter</translation>
    </message>
    <message>
        <source>To start for real, create your own vault: choose Next.</source>
        <translation>För att börja på riktigt skapar du ditt eget valv: välj Nästa.</translation>
    </message>
</context>
<context>
    <name>WheelWidget</name>
    <message>
        <source>A</source>
        <comment>one-letter badge on the professional&apos;s mark in the wheel</comment>
        <translation>Y</translation>
    </message>
    <message>
        <source>G</source>
        <comment>one-letter badge on the guardian&apos;s mark in the wheel</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>Professional&apos;s view</source>
        <translation>Yrkespersonens syn</translation>
    </message>
    <message>
        <source>Guardian&apos;s view</source>
        <translation>Vårdnadshavarens syn</translation>
    </message>
    <message>
        <source>Child&apos;s view</source>
        <translation>Barnets syn</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Förra gången</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Hjul</translation>
    </message>
    <message>
        <source>Left and Right move between areas. Up, Down, plus, minus or a digit set how it is. D: do not want to answer. K: do not know. Delete: not asked. Enter opens the area.</source>
        <translation>Vänster och höger flyttar mellan områdena. Upp, ner, plus, minus eller en siffra anger hur det är. D: vill inte svara. K: vet inte. Delete: inte frågat. Enter öppnar området.</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Inte frågat ännu</translation>
    </message>
    <message>
        <source>= does not want to answer</source>
        <translation>= vill inte svara</translation>
    </message>
    <message>
        <source>= does not know</source>
        <translation>= vet inte</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>This folder looks like it is synced to a cloud service (OneDrive, Dropbox, Google Drive, iCloud…). The vault is encrypted, but copies would leave this computer and syncing can damage an open database. Choose a folder that is not synced.</source>
        <translation>Mappen verkar synkas till en molntjänst (OneDrive, Dropbox, Google Drive, iCloud …). Valvet är krypterat, men kopior skulle lämna datorn, och synkningen kan skada en öppen databas. Välj en mapp som inte synkas.</translation>
    </message>
    <message>
        <source>This folder is on a network share. Databases on shares can be damaged when the network drops, and others may be able to copy the files. Choose a folder on this computer.</source>
        <translation>Mappen ligger på en nätverksenhet. Databaser på nätverksenheter kan skadas när nätverket bryts, och andra kan kanske kopiera filerna. Välj en mapp på den här datorn.</translation>
    </message>
    <message>
        <source>This folder is on a removable drive (USB stick, memory card), which is easily lost. Choose a folder on this computer and make backups instead.</source>
        <translation>Mappen ligger på en flyttbar enhet (USB-minne, minneskort), som lätt kommer bort. Välj en mapp på den här datorn och gör säkerhetskopior i stället.</translation>
    </message>
    <message>
        <source>This folder already holds files. A new vault needs an empty or new folder.</source>
        <translation>Mappen innehåller redan filer. Ett nytt valv behöver en tom eller ny mapp.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Det här är en fil, inte en mapp.</translation>
    </message>
</context>
</TS>
