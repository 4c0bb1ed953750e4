// Approximate centres (latitude, longitude in degrees) of countries and territories by ISO 3166-1 alpha-2 code,
// for the geographic layout when a Country node carries no lat/lon of its own. Rounded: a layout aid, not a map.

const TABLE = `
AD 42.5 1.5|AE 24 54|AF 33 65|AG 17.1 -61.8|AL 41 20|AM 40 45|AO -12.5 18.5|AR -34 -64|AT 47.3 13.3|AU -25 134
AZ 40.5 47.5|BA 44 18|BB 13.2 -59.5|BD 24 90|BE 50.8 4|BF 13 -2|BG 43 25|BH 26 50.5|BI -3.5 30|BJ 9.5 2.3
BN 4.5 114.7|BO -17 -65|BR -10 -55|BS 24 -76|BT 27.5 90.5|BW -22 24|BY 53 28|BZ 17.3 -88.8|CA 60 -95|CD -2.5 23.5
CF 7 21|CG -1 15|CH 47 8|CI 8 -5|CL -30 -71|CM 6 12|CN 35 105|CO 4 -72|CR 10 -84|CU 21.5 -80
CV 16 -24|CY 35 33|CZ 49.8 15.5|DE 51 9|DJ 11.5 43|DK 56 10|DM 15.4 -61.4|DO 19 -70.7|DZ 28 3|EC -2 -77.5
EE 59 26|EG 27 30|ER 15 39|ES 40 -4|ET 8 38|FI 64 26|FJ -18 178|FR 46 2|GA -1 11.8|GB 54 -2
GD 12.1 -61.7|GE 42 43.5|GH 8 -2|GM 13.5 -15.5|GN 11 -10|GQ 2 10|GR 39 22|GT 15.5 -90.3|GW 12 -15|GY 5 -59
HK 22.3 114.2|HN 15 -86.5|HR 45.2 15.5|HT 19 -72.3|HU 47 20|ID -2.5 118|IE 53 -8|IL 31.5 34.8|IN 21 78|IQ 33 44
IR 32 53|IS 65 -18|IT 42.8 12.8|JM 18.2 -77.3|JO 31 36|JP 36 138|KE 0 38|KG 41 75|KH 13 105|KM -12.2 44.3
KN 17.3 -62.7|KP 40 127|KR 36.5 128|KW 29.3 47.7|KZ 48 68|LA 18 105|LB 33.8 35.8|LC 13.9 -61|LI 47.2 9.5|LK 7.5 80.7
LR 6.5 -9.5|LS -29.5 28.5|LT 55.5 24|LU 49.8 6.1|LV 57 25|LY 27 17|MA 32 -5|MC 43.7 7.4|MD 47 29|ME 42.5 19.3
MG -20 47|MK 41.6 21.7|ML 17 -4|MM 21 96|MN 46 105|MO 22.2 113.5|MR 20 -12|MT 35.9 14.4|MU -20.3 57.6|MV 3.2 73
MW -13.5 34|MX 23 -102|MY 4 102|MZ -18 35|NA -22 17|NE 16 8|NG 10 8|NI 13 -85|NL 52.3 5.5|NO 62 10
NP 28 84|NZ -41 174|OM 21 57|PA 9 -80|PE -10 -76|PG -6 147|PH 13 122|PK 30 70|PL 52 19.5|PR 18.2 -66.5
PS 32 35.2|PT 39.5 -8|PY -23 -58|QA 25.3 51.2|RO 46 25|RS 44 21|RU 60 100|RW -2 30|SA 24 45|SB -8 159
SC -4.6 55.5|SD 15 30|SE 62 15|SG 1.35 103.8|SI 46.1 15|SK 48.7 19.5|SL 8.5 -11.8|SM 43.9 12.4|SN 14 -14|SO 6 46
SR 4 -56|SS 7 30|ST 1 7|SV 13.8 -88.9|SY 35 38|SZ -26.5 31.5|TD 15 19|TG 8 1.2|TH 15 101|TJ 39 71
TL -8.8 126|TM 40 60|TN 34 9|TO -20 -175|TR 39 35|TT 10.5 -61.3|TW 23.7 121|TZ -6 35|UA 49 32|UG 1 32
US 38 -97|UY -33 -56|UZ 41 64|VA 41.9 12.45|VC 13.2 -61.2|VE 8 -66|VN 16 106|VU -16 167|WS -13.6 -172.3|XK 42.6 21
YE 15.5 48|ZA -29 24|ZM -15 30|ZW -19 29.8`;

const CENTROIDS = new Map(TABLE.trim().split(/[|\n]/).map((entry) => {
  const [code, lat, lon] = entry.trim().split(/\s+/);
  return [code, { lat: Number(lat), lon: Number(lon) }];
}));

/** {lat, lon} for a two-letter code (any case), or null. */
export function centroid(code) {
  return typeof code === 'string' ? CENTROIDS.get(code.trim().toUpperCase()) || null : null;
}
