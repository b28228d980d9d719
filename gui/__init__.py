"""Rivulet's Qt interface. Depends on core/, never the reverse."""
