"""Text engines shared by checks: spelling and grammar.

Engines are created lazily, once per process, and shared between threads.
"""
