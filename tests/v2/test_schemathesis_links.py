"""Property tests of spec/v2.yaml against a real argus-server 2.10.2, along the spec's links: the stateful tests and the incident life-cycle walk.
What they send and check is in tests/fuzzing/property_tests.py; the server bugs they excuse, in
tests/fuzzing/server_bugs.py."""

from tests.fuzzing.property_tests import property_tests

globals().update(property_tests("v2", "links"))
