"""`python -m argus_ext.cli`: the same as the `argus` console script."""

from argus_ext.cli import main

main()
