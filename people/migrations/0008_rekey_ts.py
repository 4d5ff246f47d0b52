"""Recompute the skeletons of stored spellings after the skeleton learned that "ts" is "c".

"Tsvetanov" in English copy is "Cvetanov" in a Slavic Latin alphabet; spellings stored before keep
their old skeletons until recomputed here. The same recomputation as 0005.
"""

from django.db import migrations

from people.migrations import _rekey


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0007_rekey_arabic_vowels"),
    ]

    operations = [migrations.RunPython(_rekey.rekey, migrations.RunPython.noop)]
