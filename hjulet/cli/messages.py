"""The command line's words, in Swedish (default) and English.

The CLI may not import Qt (docs/DESIGN.md, Layers), so its few messages live in this
table instead of a Qt catalogue. Keys are stable ids; ``{placeholders}`` must
appear in every language (a test checks it).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "err_unknown_lang": {
        "sv": "Okänt språk: {lang}. Hjulet känner till: {known}.",
        "en": "Unknown language: {lang}. Hjulet knows: {known}.",
    },
    "prog_help": {
        "sv": "Hjulet – samtalsstöd med Barnets bästa-hjulet. Utan kommando startar programmet.",
        "en": "Hjulet - conversation aid for the child's best wheel. "
        "Without a command the app starts.",
    },
    "opt_basedir": {
        "sv": "mapp för inställningar, loggar och demovalv",
        "en": "folder for settings, logs and the demo vault",
    },
    "opt_lang": {"sv": "språk för meddelanden (sv eller en)", "en": "message language (sv or en)"},
    "opt_passfile": {
        "sv": "läs lösenfrasen från filen (- = standard in)",
        "en": "read the passphrase from this file (- = standard input)",
    },
    "opt_json": {"sv": "skriv ut som JSON", "en": "print as JSON"},
    "opt_name": {"sv": "valvets namn, t.ex. 'Skolkurator Vingåker'", "en": "the vault's name"},
    "opt_recfile": {
        "sv": "skriv återställningsnyckeln till filen i stället för skärmen",
        "en": "write the recovery key to this file instead of the screen",
    },
    "opt_recfile_in": {
        "sv": "fil med återställningsnyckeln",
        "en": "file holding the recovery key",
    },
    "opt_newpassfile": {
        "sv": "läs den nya lösenfrasen från filen (- = standard in)",
        "en": "read the new passphrase from this file (- = standard input)",
    },
    "cmd_init": {"sv": "skapa ett nytt krypterat valv", "en": "create a new encrypted vault"},
    "cmd_demo": {
        "sv": "skapa ett demovalv med påhittade barn (lösenfras 'demo')",
        "en": "create a demo vault of fictional children (passphrase 'demo')",
    },
    "cmd_list": {"sv": "lista barnen i ett valv", "en": "list the children in a vault"},
    "cmd_check": {
        "sv": "kontrollera valvets nycklar och databas",
        "en": "check a vault's key slots and database",
    },
    "cmd_passphrase": {"sv": "byt lösenfras", "en": "change the passphrase"},
    "cmd_recover": {
        "sv": "glömd lösenfras: återställ med återställningsnyckeln",
        "en": "forgotten passphrase: recover with the recovery key",
    },
    "cmd_recovery_key": {
        "sv": "skapa en ny återställningsnyckel (den gamla slutar gälla)",
        "en": "make a new recovery key (the old one stops working)",
    },
    "new_recovery_key": {
        "sv": "En ny återställningsnyckel är skapad. Den gamla gäller inte längre.",
        "en": "A new recovery key has been made. The old one no longer works.",
    },
    "arg_dir": {"sv": "valvets mapp", "en": "the vault's folder"},
    "ask_pass": {"sv": "Lösenfras: ", "en": "Passphrase: "},
    "ask_new_pass": {"sv": "Ny lösenfras: ", "en": "New passphrase: "},
    "ask_again": {"sv": "Upprepa lösenfrasen: ", "en": "Repeat the passphrase: "},
    "pass_mismatch": {
        "sv": "Lösenfraserna var inte lika. Inget har ändrats.",
        "en": "The passphrases did not match. Nothing was changed.",
    },
    "pass_short": {
        "sv": "Lösenfrasen är för kort: använd minst {n} tecken, gärna flera ord.",
        "en": "The passphrase is too short: use at least {n} characters, ideally several words.",
    },
    "created": {"sv": "Valvet är skapat: {path}", "en": "The vault has been created: {path}"},
    "recovery_show": {
        "sv": "ÅTERSTÄLLNINGSNYCKEL – skriv ut eller skriv av den och förvara den inlåst.\n"
        "Den visas bara nu. Med den kan valvet öppnas om lösenfrasen glöms bort:\n\n    {key}\n",
        "en": "RECOVERY KEY - print or copy it and keep it locked away.\n"
        "It is shown only now. It opens the vault if the passphrase is forgotten:\n\n    {key}\n",
    },
    "recovery_written": {
        "sv": "Återställningsnyckeln är sparad i {path}. Skriv ut den och radera filen.",
        "en": "The recovery key was written to {path}. Print it, then delete the file.",
    },
    "demo_created": {
        "sv": "Demovalvet med {n} påhittade barn är skapat i {path} (lösenfras: {passphrase}).",
        "en": "The demo vault with {n} fictional children is in {path} (passphrase: {passphrase}).",
    },
    "list_header": {
        "sv": "{code:<14} {name:<20} {n:>7}  {last}",
        "en": "{code:<14} {name:<20} {n:>7}  {last}",
    },
    "list_cols": {"sv": "Kod|Namn|Samtal|Senaste", "en": "Code|Name|Talks|Latest"},
    "list_empty": {"sv": "Valvet har inga barn ännu.", "en": "The vault has no children yet."},
    "check_ok": {
        "sv": "Valvet är helt: nycklar, kryptering, databas och granskningslogg stämmer.",
        "en": "The vault is sound: keys, encryption, database and audit log all check out.",
    },
    "check_bad": {"sv": "Valvet har problem:", "en": "The vault has problems:"},
    "pass_changed": {
        "sv": "Lösenfrasen är bytt. Den gamla fungerar inte längre.",
        "en": "The passphrase has been changed. The old one no longer works.",
    },
    "recovered": {
        "sv": "Valvet är återställt med en ny lösenfras. Den gamla återställningsnyckeln gäller "
        "inte längre.",
        "en": "The vault has been recovered with a new passphrase. The old recovery key no "
        "longer works.",
    },
    "err_wrong_pass": {
        "sv": "Fel lösenfras. Valvet är oförändrat. Har du glömt den? Använd 'hjulet recover'.",
        "en": "Wrong passphrase. The vault is unchanged. Forgotten it? Use 'hjulet recover'.",
    },
    "err_wrong_recovery": {
        "sv": "Återställningsnyckeln passar inte det här valvet. Inget har ändrats.",
        "en": "The recovery key does not fit this vault. Nothing was changed.",
    },
    "err_damaged": {
        "sv": "Valvet är skadat eller har ändrats utanför Hjulet och kan inte läsas säkert. "
        "Inget har ändrats. Återställ från en säkerhetskopia.",
        "en": "The vault is damaged or was altered outside Hjulet and cannot be read safely. "
        "Nothing was changed. Restore it from a backup.",
    },
    "err_too_new": {
        "sv": "Valvet är skapat av en nyare version av Hjulet. Uppdatera programmet.",
        "en": "The vault was made by a newer version of Hjulet. Please update the program.",
    },
    "err_in_use": {
        "sv": "Valvet är redan öppet i ett annat Hjulet-fönster. Stäng det först.",
        "en": "The vault is already open in another Hjulet. Close that one first.",
    },
    "err_not_found": {
        "sv": "Det finns inget valv i {path}.",
        "en": "There is no vault in {path}.",
    },
    "err_exists": {
        "sv": "Mappen {path} finns redan och är inte tom. Välj en ny mapp.",
        "en": "The folder {path} exists and is not empty. Choose a new folder.",
    },
    "err_invalid": {
        "sv": "Ogiltig indata:",
        "en": "Invalid input:",
    },
    "err_no_child": {
        "sv": "Hittar inget barn med koden {code}.",
        "en": "No child has the code {code}.",
    },
    "err_read_file": {
        "sv": "Kan inte läsa filen {path}.",
        "en": "Cannot read the file {path}.",
    },
    "err_write_file": {
        "sv": "Kan inte skriva filen {path}.",
        "en": "Cannot write the file {path}.",
    },
    "problem_too_long": {"sv": "är längre än {n} tecken", "en": "is longer than {n} characters"},
    "problem_missing": {"sv": "saknas", "en": "is missing"},
    "problem_empty": {"sv": "får inte vara tom", "en": "must not be empty"},
    "problem_year": {"sv": "är inte ett rimligt år", "en": "is not a plausible year"},
    "problem_json": {
        "sv": "är inte giltig JSON (vid {where})",
        "en": "is not valid JSON (at {where})",
    },
    "problem_text": {"sv": "måste vara text", "en": "must be text"},
    "err_no_terminal": {
        "sv": "Standard in är ingen terminal, så lösenfrasen kan inte efterfrågas utan att "
        "synas. Ge den med {option} FIL, eller med {option} - för att läsa den från "
        "standard in.",
        "en": "Standard input is not a terminal, so the passphrase cannot be asked for "
        "without showing it. Give it with {option} FILE, or with {option} - to read it "
        "from standard input.",
    },
    "err_no_passphrase": {
        "sv": "Ingen lösenfras angavs. Skriv den när frågan kommer, eller använd "
        "--passphrase-file.",
        "en": "No passphrase was given. Type it when asked, or use --passphrase-file.",
    },
    "err_file": {
        "sv": "Filen {path} kan inte läsas eller skrivas (finns mappen, och har du behörighet?). "
        "Inget har ändrats.",
        "en": "The file {path} cannot be read or written (does the folder exist, and may you "
        "write there?). Nothing was changed.",
    },
    "err_basedir": {
        "sv": "Mappen {path} kan inte användas för inställningar och loggar. Välj en annan "
        "med --basedir.",
        "en": "The folder {path} cannot be used for settings and logs. Choose another with "
        "--basedir.",
    },
    "err_internal": {
        "sv": "Ett oväntat fel inträffade. Inget personligt finns i loggen: {log}",
        "en": "An unexpected error occurred. The log holds nothing personal: {log}",
    },
    "opt_force": {
        "sv": "ersätt filen om den redan finns",
        "en": "replace the file if it exists",
    },
    "ask_confirm_key": {
        "sv": "Skriv nyckelns sista grupp (fyra tecken) som bekräftelse på att du har den: ",
        "en": "Type the key's last group (four characters) to confirm that you have it: ",
    },
    "err_unconfirmed": {
        "sv": "Den nya återställningsnyckeln bekräftades inte och gäller inte ensam ännu. Den "
        "tidigare nyckeln gäller fortfarande. Kör 'hjulet recovery-key {path}' när du kan skriva "
        "ner nyckeln.",
        "en": "The new recovery key was not confirmed and is not yet the only one in force. The "
        "previous key still works. Run 'hjulet recovery-key {path}' when you can write the key "
        "down.",
    },
    "err_secret_size": {
        "sv": "{path} är ingen fil med en lösenfras eller nyckel (högst {n} byte, hemligheten på "
        "första raden). Inget har ändrats.",
        "en": "{path} is not a file holding a passphrase or key (at most {n} bytes, the secret "
        "on the first line). Nothing was changed.",
    },
    "stdin_name": {"sv": "Standard in", "en": "Standard input"},
    "err_mismatch": {
        "sv": "Nyckelfilen (keyslots.json) i {path} hör inte till valvets databas: den kommer från "
        "ett annat valv, eller så har databasen bytts ut eller skadats. Inget har ändrats. Lägg "
        "tillbaka valvets egen nyckelfil eller återställ från en säkerhetskopia.",
        "en": "The key-slot file (keyslots.json) in {path} does not belong to the vault's "
        "database: it comes from another vault, or the database was replaced or damaged. Nothing "
        "was changed. Put the vault's own key-slot file back, or restore from a backup.",
    },
    "err_kdf": {
        "sv": "Nyckelfilen i {path} begär inställningar för nyckelhärledning som den här versionen "
        "av Hjulet aldrig skriver: filen är skadad eller ändrad utanför Hjulet. Ingen härledning "
        "gjordes och inget har ändrats. Återställ från en säkerhetskopia.",
        "en": "The key-slot file in {path} asks for key-derivation settings this version of "
        "Hjulet never writes: the file is damaged or was altered outside Hjulet. Nothing was "
        "derived and nothing was changed. Restore from a backup.",
    },
    "err_disk_full": {
        "sv": "Disken är full – inget har gått förlorat. Frigör utrymme och försök igen.",
        "en": "The disk is full - nothing was lost. Free some space and try again.",
    },
    "err_read_only": {
        "sv": "Mappen eller disken är skrivskyddad – inget har gått förlorat. Välj en skrivbar "
        "plats, eller ta bort skrivskyddet, och försök igen.",
        "en": "The folder or disk is read-only - nothing was lost. Choose a writable place, or "
        "remove the write protection, and try again.",
    },
    "err_access": {
        "sv": "Datorn nekade åtkomst till en fil eller mapp – inget har gått förlorat. "
        "Kontrollera behörigheterna och försök igen.",
        "en": "The computer refused access to a file or folder - nothing was lost. Check the "
        "permissions and try again.",
    },
    "err_out_in_vault": {
        "sv": "{path} ligger i en valvmapp. Hjulet skriver aldrig andra filer i ett valv (de kan "
        "förstöra det). Välj en annan mapp. Inget har skrivits.",
        "en": "{path} is inside a vault folder. Hjulet never writes other files into a vault "
        "(they could destroy it). Choose another folder. Nothing was written.",
    },
    "err_out_not_regular": {
        "sv": "{path} är inte en vanlig fil (en mapp, enhet, länk eller liknande). Ange ett "
        "filnamn. Inget har skrivits.",
        "en": "{path} is not a regular file (a folder, device, link or the like). Give a file "
        "name. Nothing was written.",
    },
    "err_out_exists": {
        "sv": "Filen {path} finns redan. Använd --force för att ersätta den. Inget har skrivits.",
        "en": "The file {path} already exists. Use --force to replace it. Nothing was written.",
    },
    "check_unconfirmed": {
        "sv": "en ny återställningsnyckel skapades men bekräftades aldrig; den tidigare gäller "
        "fortfarande (kör 'hjulet recovery-key')",
        "en": "a new recovery key was made but never confirmed; the previous one is still in "
        "force (run 'hjulet recovery-key')",
    },
    "check_never_confirmed": {
        "sv": "valvets återställningsnyckel bekräftades aldrig (kör 'hjulet recovery-key')",
        "en": "the vault's recovery key was never confirmed (run 'hjulet recovery-key')",
    },
    "err_interrupted": {"sv": "Avbrutet.", "en": "Interrupted."},
}
