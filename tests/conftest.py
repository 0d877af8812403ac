pytest_plugins = ["argus_local.pytest_plugin"]
