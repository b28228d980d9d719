"""Rivulet's core: streaming chat over the OpenAI protocol, settings and files. No Qt here."""
