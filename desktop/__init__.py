"""AI Admin: an AI WhatsApp receptionist that runs on a shop's own front-desk PC."""

__version__ = "0.1.0"
APP_NAME = "AI Admin"
