"""The index type Qt hands a model's methods: a plain or a persistent index, either may come."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

AnyIndex = QModelIndex | QPersistentModelIndex
