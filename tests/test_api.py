import newsdossier


def test_public_names_are_listed_and_exist():
    for name in newsdossier.__all__:
        assert hasattr(newsdossier, name), name
    assert {"build", "export", "validate", "write_report", "SCHEMA"} <= set(newsdossier.__all__)
