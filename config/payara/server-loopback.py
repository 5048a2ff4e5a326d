"""Prepares a fresh Payara Server 6 domain.xml before its first start (the admin guide in README.md uses it too):
every listener on 127.0.0.1 (or the address given), Hazelcast on loopback with TCP/IP discovery (never multicast),
phone-home off, the JMS host on 127.0.0.1, groups mapped to roles, optional port offset.

usage: python3 server-loopback.py <domain.xml> [--address 127.0.0.1] [--port-base 28000]
"""
import argparse
import re

parser = argparse.ArgumentParser()
parser.add_argument("domain_xml")
parser.add_argument("--address", default="127.0.0.1")
parser.add_argument("--port-base", type=int, default=0, help="add to http 8080/8181 and admin 4848 (0: keep)")
args = parser.parse_args()

with open(args.domain_xml, encoding="utf-8") as f:
    xml = f.read()

a = args.address
xml = xml.replace('address="0.0.0.0"', f'address="{a}"')
xml = re.sub(r'<network-listener (?![^>]*address=)', f'<network-listener address="{a}" ', xml)
xml = xml.replace('host="localhost"', f'host="{a}"')
# server-config has no jms-service until the first start adds one with host="localhost", and the JMS broker then
# listens on every interface: declare it ourselves.
server_config = xml.index('<config name="server-config"')
if "<jms-service" not in xml[server_config:xml.index("</config>", server_config)]:
    end = xml.index("</iiop-service>", server_config) + len("</iiop-service>")
    xml = (xml[:end]
           + f'\n            <jms-service default-jms-host="default_JMS_host" type="EMBEDDED">'
           + f'<jms-host port="7676" name="default_JMS_host" host="{a}" lazy-init="true"></jms-host></jms-service>'
           + xml[end:])
xml = re.sub(
    r"<hazelcast-runtime-configuration ",
    f'<hazelcast-runtime-configuration interface="{a}" discovery-mode="tcpip" tcpip-members="{a}:5900" ',
    xml, count=1)
if "phone-home-runtime-configuration" not in xml:
    xml = xml.replace("<hazelcast-runtime-configuration ",
                      '<phone-home-runtime-configuration enabled="false"></phone-home-runtime-configuration>\n'
                      "    <hazelcast-runtime-configuration ", 1)
# Hazelcast binds every interface unless told not to; and it phones home unless told not to.
for option in ("-Dhazelcast.socket.bind.any=false", "-Dhazelcast.phone.home.enabled=false"):
    if option not in xml:
        xml = xml.replace("<jvm-options>-server</jvm-options>",
                          f"<jvm-options>-server</jvm-options>\n        <jvm-options>{option}</jvm-options>", 1)
xml = xml.replace("<security-service>", '<security-service activate-default-principal-to-role-mapping="true">')
if args.port_base:
    for port in ("8080", "8181", "4848"):
        xml = xml.replace(f'port="{port}"', f'port="{args.port_base + int(port) % 1000}"')

with open(args.domain_xml, "w", encoding="utf-8") as f:
    f.write(xml)
