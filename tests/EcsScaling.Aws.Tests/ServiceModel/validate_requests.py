#!/usr/bin/env python3
"""Checks captured AWS requests against botocore's service models (the models the AWS SDKs share).

Usage: validate_requests.py FILE

FILE is JSON: {"requests": [{"service", "operation", "protocol", "body", "target"?}],
               "declared": [{"service", "operation", "protocol"}]}
service is the botocore name (ecs, autoscaling, ...), protocol "json" (awsJson1.1: body is the JSON
document, target the X-Amz-Target header) or "query" (awsQuery: body is the urlencoded form).

Every problem is printed as "service Operation [#index] path: what is wrong"; the exit code is
0 when there is none, 1 when there are problems, 3 when botocore cannot be imported.
"""
import base64
import datetime
import json
import re
import sys
from urllib.parse import parse_qsl

try:
    import botocore
    import botocore.session
    from botocore.serialize import create_serializer
    from botocore.validate import ParamValidator
except ImportError as error:
    print(f"botocore is not importable by {sys.executable}: {error}")
    sys.exit(3)

try:
    import regex as unicode_regex
except ImportError:
    unicode_regex = None

PATTERNS = {}
NUMBER_TYPES = ("integer", "long", "float", "double")
INTEGER = re.compile(r"-?[0-9]+\Z")
POSITIVE = re.compile(r"[1-9][0-9]*\Z")
DECIMAL = re.compile(r"-?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?\Z")
# AWS models write "any Unicode character" with a UTF-16 surrogate-pair range Python's re rejects.
SURROGATE_PAIR_RANGE = r"\uD800\uDC00-\uDBFF\uDFFF"


class Problems:
    def __init__(self):
        self.lines = []
        self.unchecked_patterns = set()

    def add(self, where, path, message):
        self.lines.append(f"{where} {path or '(body)'}: {message}")


def supported_protocols(model):
    return model.metadata.get("protocols") or [model.metadata["protocol"]]


def compiled_pattern(pattern, problems):
    """The model's pattern in Python; None (and said once) for what neither re nor regex can read."""
    if pattern not in PATTERNS:
        # Java's \p{Print} is the US-ASCII printable range; \p{L} and the like need the regex module.
        text = pattern.replace(SURROGATE_PAIR_RANGE, "\U00010000-\U0010ffff").replace(r"\p{Print}", r"[\x20-\x7E]")
        PATTERNS[pattern] = None
        for engine in (re, unicode_regex):
            if engine is not None and PATTERNS[pattern] is None:
                try:
                    PATTERNS[pattern] = engine.compile(text)
                except engine.error:
                    pass
    if PATTERNS[pattern] is None:
        problems.unchecked_patterns.add(pattern)
    return PATTERNS[pattern]


def check_constraints(shape, value, path, where, problems):
    """What ParamValidator leaves out: enums, maximum lengths and values, patterns, booleans as numbers."""
    kind = shape.type_name
    meta = shape.metadata
    if kind == "structure" and isinstance(value, dict):
        for name, member in value.items():
            if name in shape.members:
                check_constraints(shape.members[name], member, f"{path}.{name}" if path else name, where, problems)
    elif kind == "list" and isinstance(value, list):
        if "max" in meta and len(value) > meta["max"]:
            problems.add(where, path, f"{len(value)} items, the model allows at most {meta['max']}")
        for index, item in enumerate(value):
            check_constraints(shape.member, item, f"{path}[{index}]", where, problems)
    elif kind == "map" and isinstance(value, dict):
        if "max" in meta and len(value) > meta["max"]:
            problems.add(where, path, f"{len(value)} entries, the model allows at most {meta['max']}")
        for key, item in value.items():
            check_constraints(shape.key, key, f"{path}.<key {key}>", where, problems)
            check_constraints(shape.value, item, f"{path}.{key}", where, problems)
    elif kind == "string" and isinstance(value, str):
        if "enum" in meta and value not in meta["enum"]:
            problems.add(where, path, f"{value!r} is not one of the enum {shape.name}: {', '.join(meta['enum'])}")
        if "max" in meta and len(value) > meta["max"]:
            problems.add(where, path, f"length {len(value)}, the model allows at most {meta['max']}")
        pattern = compiled_pattern(meta["pattern"], problems) if "pattern" in meta else None
        # The services match the whole value (Java's matches()), so "bad#key" fails [\p{L}...]* though Smithy does not anchor.
        if pattern is not None and not pattern.fullmatch(value):
            problems.add(where, path, f"{value!r} does not match the pattern {meta['pattern']}")
    elif kind in NUMBER_TYPES:
        if isinstance(value, bool):
            problems.add(where, path, f"a boolean where the model wants {kind}")
        elif isinstance(value, (int, float)) and "max" in meta and value > meta["max"]:
            problems.add(where, path, f"{value} is above the model's maximum {meta['max']}")


def validate_params(params, operation, where, problems):
    report = ParamValidator().validate(params, operation.input_shape)
    if report.has_errors():
        for line in report.generate_report().splitlines():
            problems.add(where, "", line)
    check_constraints(operation.input_shape, params, "", where, problems)


def without_duplicates(pairs, where, problems):
    result = {}
    for key, value in pairs:
        if key in result:
            problems.add(where, key, "sent twice")
        result[key] = value
    return result


def check_json(request, model, operation, where, problems):
    expected_target = f"{model.metadata['targetPrefix']}.{operation.name}"
    if request.get("target") != expected_target:
        problems.add(where, "X-Amz-Target", f"'{request.get('target')}', the model wants '{expected_target}'")
    try:
        params = json.loads(request["body"], object_pairs_hook=lambda pairs: without_duplicates(pairs, where, problems))
    except json.JSONDecodeError as error:
        problems.add(where, "", f"the body is not JSON: {error}")
        return
    if not isinstance(params, dict):
        problems.add(where, "", f"the body is a JSON {type(params).__name__}, not an object")
        return
    validate_params(from_json(operation.input_shape, params), operation, where, problems)


def from_json(shape, value):
    """awsJson sends timestamps as epoch seconds; ParamValidator wants them as datetimes."""
    kind = shape.type_name
    if kind == "timestamp" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.datetime.fromtimestamp(value, datetime.timezone.utc)
    if kind == "structure" and isinstance(value, dict):
        return {k: from_json(shape.members[k], v) if k in shape.members else v for k, v in value.items()}
    if kind == "list" and isinstance(value, list):
        return [from_json(shape.member, v) for v in value]
    if kind == "map" and isinstance(value, dict):
        return {k: from_json(shape.value, v) for k, v in value.items()}
    return value


def form_tree(form, where, problems):
    """Flat keys A.B.member.1 into nested dicts; a key that is both a value and a prefix is a problem."""
    tree = {}
    for key, value in form.items():
        node = tree
        parts = key.split(".")
        for depth, part in enumerate(parts[:-1]):
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                problems.add(where, key, f"{'.'.join(parts[:depth + 1])} is sent both as a value and as a prefix")
                break
            node = child
        else:
            if isinstance(node.get(parts[-1]), dict):
                problems.add(where, key, "sent both as a value and as a prefix")
            else:
                node[parts[-1]] = value
    return tree


def query_member_key(name, member):
    """The form key of a structure member, as botocore's QuerySerializer writes it."""
    key = member.serialization.get("name", name)
    if member.type_name == "list" and member.serialization.get("flattened") and member.member.serialization.get("name"):
        key = member.member.serialization["name"]
    return key


def indexed(node, path, where, problems):
    """Elements .1 .. .N in order; a gap, a zero or a non-number is a problem."""
    if not isinstance(node, dict):
        problems.add(where, path, "a plain value where the model wants indexed elements")
        return []
    if any(not POSITIVE.match(k) for k in node):
        problems.add(where, path, f"element keys {sorted(node)} are not all positive numbers")
        return []
    indexes = sorted(int(k) for k in node)
    if indexes != list(range(1, len(indexes) + 1)):
        problems.add(where, path, f"element numbers {indexes} do not run 1..{len(indexes)}")
    return [(f"{path}.{i}", node[str(i)]) for i in indexes if str(i) in node]


def from_query(shape, node, path, where, problems):
    """Rebuilds the value the form carries for shape; unknown keys and unparsable values are problems."""
    kind = shape.type_name
    if kind == "structure":
        if not isinstance(node, dict):
            problems.add(where, path, f"a plain value where the model wants the structure {shape.name}")
            return {}
        by_key = {query_member_key(name, member): (name, member) for name, member in shape.members.items()}
        result = {}
        for key, child in node.items():
            child_path = f"{path}.{key}" if path else key
            if key not in by_key:
                problems.add(where, child_path, f"unknown key: {shape.name} has no member {key} (members: {', '.join(by_key)})")
                continue
            name, member = by_key[key]
            result[name] = from_query(member, child, child_path, where, problems)
        return result
    if kind == "list":
        if node == "":
            return []
        if shape.serialization.get("flattened"):
            elements = indexed(node, path, where, problems)
        else:
            element_key = shape.member.serialization.get("name", "member")
            if not isinstance(node, dict) or list(node) != [element_key]:
                problems.add(where, path, f"a list must be sent as {path}.{element_key}.N, got keys {sorted(node) if isinstance(node, dict) else node!r}")
                return []
            elements = indexed(node[element_key], f"{path}.{element_key}", where, problems)
        return [from_query(shape.member, child, child_path, where, problems) for child_path, child in elements]
    if kind == "map":
        entries_node = node if shape.serialization.get("flattened") else (node.get("entry") if isinstance(node, dict) and list(node) == ["entry"] else None)
        if entries_node is None:
            problems.add(where, path, f"a map must be sent as {path}.entry.N.key/value")
            return {}
        key_name = shape.key.serialization.get("name", "key")
        value_name = shape.value.serialization.get("name", "value")
        result = {}
        for entry_path, entry in indexed(entries_node, path if shape.serialization.get("flattened") else f"{path}.entry", where, problems):
            if not isinstance(entry, dict) or set(entry) != {key_name, value_name}:
                problems.add(where, entry_path, f"an entry must have exactly .{key_name} and .{value_name}")
                continue
            result[from_query(shape.key, entry[key_name], f"{entry_path}.{key_name}", where, problems)] = from_query(
                shape.value, entry[value_name], f"{entry_path}.{value_name}", where, problems)
        return result
    if isinstance(node, dict):
        problems.add(where, path, f"sub-keys {sorted(node)} under a {kind}")
        return None
    return scalar(kind, node, path, where, problems)


def scalar(kind, text, path, where, problems):
    if kind in ("integer", "long"):
        if INTEGER.match(text):
            return int(text)
    elif kind in ("float", "double"):
        if DECIMAL.match(text):
            return float(text)
    elif kind == "boolean":
        if text in ("true", "false"):
            return text == "true"
    elif kind == "timestamp":
        try:
            return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            pass
    elif kind == "blob":
        try:
            return base64.b64decode(text, validate=True)
        except ValueError:
            pass
    else:
        return text
    problems.add(where, path, f"'{text}' is not a valid {kind}")
    return text


def check_query(request, model, operation, where, problems):
    try:
        pairs = parse_qsl(request["body"], keep_blank_values=True, strict_parsing=True)
    except ValueError as error:
        problems.add(where, "", f"the body is not a urlencoded form: {error}")
        return
    form = without_duplicates(pairs, where, problems)
    if form.pop("Action", None) != operation.name:
        problems.add(where, "Action", f"must be {operation.name}")
    if (version := form.pop("Version", None)) != model.api_version:
        problems.add(where, "Version", f"'{version}', the model's apiVersion is '{model.api_version}'")
    count = len(problems.lines)
    params = from_query(operation.input_shape, form_tree(form, where, problems), "", where, problems)
    validate_params(params, operation, where, problems)
    if len(problems.lines) == count:
        # Cross-check the reading above with botocore's own awsQuery serializer: same keys both ways.
        ours = set(form) | {"Action", "Version"}
        theirs = set(create_serializer("query", include_validation=False).serialize_to_request(params, operation)["body"])
        if ours != theirs:
            problems.add(where, "", f"botocore would send keys {sorted(theirs - ours)} we do not, and not {sorted(ours - theirs)}")


class Models:
    def __init__(self):
        self.session = botocore.session.get_session()
        self.cache = {}

    def resolve(self, entry, where, problems):
        """The service and operation model of a request or declaration, or None after saying why."""
        service = entry["service"]
        if service not in self.cache:
            try:
                self.cache[service] = self.session.get_service_model(service)
            except botocore.exceptions.UnknownServiceError:
                self.cache[service] = None
        model = self.cache[service]
        if model is None:
            problems.add(where, "", f"botocore has no service '{service}'")
            return None
        if entry["operation"] not in model.operation_names:
            problems.add(where, "", f"'{service}' has no operation '{entry['operation']}'")
            return None
        if entry["protocol"] not in supported_protocols(model):
            problems.add(where, "", f"protocol '{entry['protocol']}' is not one the model supports: {supported_protocols(model)}")
            return None
        return model, model.operation_model(entry["operation"])


def main(path):
    with open(path, encoding="utf-8") as file:
        document = json.load(file)
    problems = Problems()
    models = Models()
    for index, declared in enumerate(document.get("declared", [])):
        models.resolve(declared, f"{declared['service']} {declared['operation']} [declared #{index}]", problems)
    checks = {"json": check_json, "query": check_query}
    requests = document["requests"]
    for index, request in enumerate(requests):
        where = f"{request['service']} {request['operation']} [#{index}]"
        resolved = models.resolve(request, where, problems)
        if resolved is not None:
            checks[request["protocol"]](request, *resolved, where, problems)
    for line in problems.lines:
        print(line)
    operations = len({(r["service"], r["operation"]) for r in requests})
    print(f"{len(requests)} requests of {operations} operations checked against botocore {botocore.__version__}: {len(problems.lines)} problems")
    if problems.unchecked_patterns:
        print(f"patterns Python cannot read, not checked: {' '.join(sorted(problems.unchecked_patterns))}")
    return 1 if problems.lines else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
