"""The property tests' machinery, one for API v1 and v2: who sends each request (kinds.py), with which
objects and checks (fuzzer.py), the rules valid requests follow (server_rules.py), the server bugs
excused (server_bugs.py) and the tests made from them (property_tests.py). What differs between
the versions is data: each rule and bug names the APIs it holds for."""
