"""The secretariat's desk (사무국 데스크): prepare a round, send its bundle, collect the sheets."""
