"""Recompute the match keys of stored spellings after the name folding learned more letters.

``name_key`` now spells out letters that Unicode does not decompose (đ, æ, ø, ł, ß, ...)
instead of dropping them, so 'Đặng' and 'Dang' share a key. Spellings stored before keep
their old keys until recomputed here; without this, a new text naming such a person would
not find them and would make a duplicate.
"""

from django.db import migrations

from people.migrations import _rekey


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0004_lean_indexes"),
    ]

    operations = [migrations.RunPython(_rekey.rekey, migrations.RunPython.noop)]
