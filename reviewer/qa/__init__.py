"""Quality checks: flags (editor's decisions) and suspects (the checks' suggestions)."""
