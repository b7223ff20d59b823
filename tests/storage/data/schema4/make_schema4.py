"""Made ``vault/`` and ``backup.hbk`` here: a schema-4 vault and its backup, as Hjulet
wrote them before schema 5 (fictional data; the tests' passphrase, fast key derivation).

Run once with the code of commit 060194e (schema 4) on the path, not this checkout's:
    git archive 060194e hjulet resources | tar -x -C /tmp/v4
    cd /tmp && PYTHONPATH=/tmp/v4 python .../make_schema4.py OUT "correct horse battery staple"
The tests only read copies of what it made (tests/storage/test_migrations.py).
"""

import sys
from datetime import date
from pathlib import Path

from hjulet import services
from hjulet.core.catalog import load_catalog
from hjulet.core.guardian import GuardianItem, GuardianRole
from hjulet.core.model import Answer, EntryField
from hjulet.services import guardians
from hjulet.services.backup import backup_vault
from hjulet.storage import db
from hjulet.storage.keyslots import FAST_KDF

assert db.SCHEMA_VERSION == 4
out = Path(sys.argv[1])
passphrase = sys.argv[2]
catalog = load_catalog()
vault, recovery = services.create_vault(out / "vault", passphrase, name="Schema 4", kdf=FAST_KDF)
with vault:
    child = services.add_child(vault, name="Ella Exempel", code="V4-1")
    conv = services.start_conversation(
        vault,
        child.id,
        definition=catalog.definition(),
        scale=catalog.scale("steps4"),
        held_on=date(2026, 9, 1),
    )
    services.set_answer(vault, conv.id, "trygg", Answer.at(3))
    services.set_answer(vault, conv.id, "trygg", Answer.at(2), who="adult")
    services.set_text(vault, conv.id, "trygg", EntryField.WORDS, "Skolgården är bra")
    services.set_shared(vault, conv.id, "trygg", EntryField.ANSWER, True, by_child=True)
    services.set_answer(vault, conv.id, "aktiv", Answer.at(4))
    services.update_conversation(vault, conv.id, important_to_me="Fotboll", important_shared=True)
    view = guardians.start_guardian_view(vault, conv.id, GuardianRole.GUARDIAN_1, "sv")
    guardians.set_guardian_answer(vault, view.id, "trygg", Answer.at(1))
    guardians.set_guardian_words(vault, view.id, "trygg", "Orolig ibland")
    guardians.set_guardian_shared(vault, view.id, "trygg", GuardianItem.WORDS, True)
    services.confirm_recovery_key(vault, recovery)
    backup_vault(vault, out / "backup.hbk", passphrase=passphrase, kdf=FAST_KDF)
(out / "vault" / "vault.lock").unlink()
