"""Recompute the skeletons of stored spellings after the skeleton learned to fold "mp" into "mb".

Greek names are written with either ("Lymperopoulos", "Lymberopoulos"); spellings stored before
keep their old skeletons until recomputed here, and a new text writing the other form would
otherwise make a duplicate. The same recomputation as 0005, run again.
"""

from django.db import migrations

from people.migrations import _rekey


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0005_rekey_spellings"),
    ]

    operations = [migrations.RunPython(_rekey.rekey, migrations.RunPython.noop)]
