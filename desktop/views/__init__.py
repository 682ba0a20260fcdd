"""The window: widgets, Qt item models, and the adapter that turns engine events into signals."""
