"""The judge: a closed set of check types (code) running rule definitions (data in rules/)."""
