"""Property tests of spec/v2.yaml against a real argus-server 2.10.2, as a plain end user: test_end_user_<mode> for every operation it may call, valid (positive) and invalid (negative) requests.
What they send and check is in tests/fuzzing/property_tests.py; the server bugs they excuse, in
tests/fuzzing/server_bugs.py."""

from tests.fuzzing.property_tests import property_tests

globals().update(property_tests("v2", "end_user"))
