"""Signals the shared infrastructure sends for the apps to act on."""

from django.dispatch import Signal

# Sent by import_data once a backup is loaded (its rows are saved raw, without their save
# signals): apps rebuild what they derive from the data, such as search indexes.
data_restored = Signal()
