"""Recompute the skeletons of stored spellings after the skeleton learned to fold Arabic spellings.

"Saeed Kazim al-Tamimi" and "Said Kadhim Al-Tamimi" are one name written apart (ee/i, dh/z, ou/u);
spellings stored before keep their old skeletons until recomputed here. The same recomputation as 0005.
"""

from django.db import migrations

from people.migrations import _rekey


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0006_rekey_mb"),
    ]

    operations = [migrations.RunPython(_rekey.rekey, migrations.RunPython.noop)]
