"""Settings live in the database, globally or per company, and keep their JSON types."""

from desktop.store.companies import add_company
from desktop.store.db import Database, open_database
from desktop.store.settings import SettingsStore


def test_settings_round_trip(database: Database) -> None:
    settings = SettingsStore(database)
    assert settings.get("language", "en") == "en"
    settings.set("language", "he")
    settings.set("rate_limit", {"per_minute": 20, "burst": [1, 2]})
    assert settings.get("language") == "he"
    assert settings.get("rate_limit") == {"per_minute": 20, "burst": [1, 2]}
    settings.set("language", "ru")
    assert settings.get("language") == "ru"
    settings.delete("language")
    assert settings.get("language") is None


def test_company_settings_are_separate_from_app_settings(database: Database) -> None:
    settings = SettingsStore(database)
    shop = add_company(database, "Shop", {})
    other = add_company(database, "Other", {})
    settings.set("ai_provider", "offline")
    settings.set("ai_provider", "openai", company_id=shop)
    assert settings.get("ai_provider") == "offline"
    assert settings.get("ai_provider", company_id=shop) == "openai"
    assert settings.get("ai_provider", company_id=other) is None
    assert settings.all(company_id=shop) == {"ai_provider": "openai"}


def test_settings_survive_a_restart(data_paths) -> None:
    first = open_database(data_paths.database_url())
    SettingsStore(first).set("language", "he")
    first.dispose()
    second = open_database(data_paths.database_url())
    try:
        assert SettingsStore(second).get("language") == "he"
    finally:
        second.dispose()
