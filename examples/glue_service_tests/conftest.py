# The one line that turns argus_local's pytest plugin on (fixtures argus_v2, argus_v1, v2_server, ...). It belongs
# in the top-level conftest.py: there, the plugin's options (--argus-time-zone, ...) are known on the command line.
pytest_plugins = ["argus_local.pytest_plugin"]
