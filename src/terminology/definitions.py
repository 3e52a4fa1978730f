"""What the terminology classes are made of: rules written as data, read by generate.py.

Code lists are never written here. A class takes its codes from published value sets (by OID or URL),
from ICD-10-CM ranges (categories of the classification, as the clinical reference and the issue name
them), or from codes the clinical reference lists in its section 5 (checked against the reference text,
so each one traces to a row there).
"""

# Class -> what the screening reads from it. `active`: findings of a current medication or an active
# condition. `inactive`: findings of a condition recorded as inactive, resolved or in remission; only
# lifelong findings have them (the Condition prefetch asks for every clinical status for their sake).
# Each finding is FINDING:CERTAINTY; UNSURE routes to a clinician as an "unsure" intake answer does.
CLASSES = {
    # medications
    "ANTICOAGULANT": {"active": ["ANTICOAGULANT:CONFIRMED"], "label": "anticoagulant"},
    "ANTIPLATELET": {"active": ["ANTIPLATELET:CONFIRMED"], "label": "antiplatelet"},
    "ISOTRETINOIN": {"active": ["ISOTRETINOIN_CURRENT:CONFIRMED"], "label": "isotretinoin"},
    "IMMUNOSUPPRESSANT": {"active": ["IMMUNOSUPPRESSION:CONFIRMED"], "label": "systemic immunosuppressant"},
    "SYSTEMIC_CORTICOSTEROID": {"active": ["IMMUNOSUPPRESSION:CONFIRMED"], "label": "systemic corticosteroid"},
    "ANTINEOPLASTIC": {"active": ["CHEMOTHERAPY_CURRENT:CONFIRMED"], "label": "antineoplastic (chemotherapy)"},
    "PHOTOSENSITIZER": {"active": ["PHOTOSENSITIZING_DRUG:CONFIRMED"], "label": "photosensitising medicine"},
    "NSAID": {"active": ["NSAID_SUPPLEMENT_RECENT:CONFIRMED"], "label": "NSAID"},
    "TOPICAL_RETINOID": {"active": ["TOPICAL_ACTIVES_RECENT:UNSURE"], "label": "topical retinoid (last application not recorded)"},
    # conditions
    "PREGNANCY": {"active": ["PREGNANT:CONFIRMED"], "label": "pregnancy"},
    "PREGNANCY_RELATED": {"active": ["PREGNANT:UNSURE"], "label": "pregnancy-related (current pregnancy not certain)"},
    "BREASTFEEDING": {"active": ["BREASTFEEDING:CONFIRMED"], "label": "breastfeeding"},
    "LACTATION_RELATED": {"active": ["BREASTFEEDING:UNSURE"], "label": "lactation-related (breastfeeding not certain)"},
    "BLEEDING_DISORDER": {"active": ["BLEEDING_DISORDER:CONFIRMED"], "inactive": ["BLEEDING_DISORDER:CONFIRMED"],
                          "label": "bleeding disorder"},
    "THROMBOPHILIA": {"active": [], "label": "thrombophilia (not a bleeding disorder)"},
    "IMMUNODEFICIENCY": {"active": ["IMMUNOSUPPRESSION:CONFIRMED"], "label": "immunodeficiency or transplant status"},
    "IMMUNOCOMPROMISED": {"active": ["IMMUNOSUPPRESSION:UNSURE"], "label": "immunocompromising condition"},
    "HIV": {"active": ["BLOODBORNE_INFECTION:CONFIRMED", "IMMUNOSUPPRESSION:UNSURE"],
            "inactive": ["BLOODBORNE_INFECTION:CONFIRMED", "IMMUNOSUPPRESSION:UNSURE"], "label": "HIV"},
    "HEPATITIS_CHRONIC": {"active": ["BLOODBORNE_INFECTION:CONFIRMED"], "inactive": ["BLOODBORNE_INFECTION:CONFIRMED"],
                          "label": "chronic viral hepatitis"},
    "HEPATITIS_ACUTE": {"active": ["BLOODBORNE_INFECTION:CONFIRMED"], "label": "acute viral hepatitis"},
    "DIABETES": {"active": ["DIABETES_UNCONTROLLED:UNSURE"], "label": "diabetes (control not recorded)"},
    "DIABETES_HYPERGLYCAEMIA": {"active": ["DIABETES_UNCONTROLLED:CONFIRMED"], "label": "diabetes with hyperglycaemia"},
    "LUPUS": {"active": ["LUPUS:CONFIRMED", "AUTOIMMUNE_CTD:CONFIRMED"],
              "inactive": ["LUPUS:CONFIRMED", "AUTOIMMUNE_CTD:CONFIRMED"], "label": "lupus"},
    "CONNECTIVE_TISSUE_DISEASE": {"active": ["AUTOIMMUNE_CTD:CONFIRMED"], "inactive": ["AUTOIMMUNE_CTD:CONFIRMED"],
                                  "label": "autoimmune connective-tissue disease"},
    "SCLERODERMA": {"active": ["SCLERODERMA_MORPHEA:CONFIRMED", "AUTOIMMUNE_CTD:CONFIRMED"],
                    "inactive": ["SCLERODERMA_MORPHEA:CONFIRMED", "AUTOIMMUNE_CTD:CONFIRMED"], "label": "scleroderma / morphea"},
    "SKIN_CANCER": {"active": ["SKIN_CANCER_ACTIVE_IN_AREA:UNSURE"], "inactive": ["SKIN_CANCER_TREATED_IN_AREA:UNSURE"],
                    "label": "skin cancer (site not recorded)"},
    "SKIN_CANCER_HISTORY": {"active": ["SKIN_CANCER_TREATED_IN_AREA:UNSURE"], "inactive": ["SKIN_CANCER_TREATED_IN_AREA:UNSURE"],
                            "label": "history of skin cancer (site not recorded)"},
    "ACTINIC_KERATOSIS": {"active": ["ACTINIC_KERATOSIS_IN_AREA:UNSURE"], "label": "actinic keratosis (site not recorded)"},
    "SUSPICIOUS_LESION": {"active": ["SUSPICIOUS_LESION_IN_AREA:UNSURE"], "label": "skin neoplasm of uncertain behaviour"},
    "KELOID": {"active": ["KELOID_TENDENCY:CONFIRMED"], "inactive": ["KELOID_TENDENCY:CONFIRMED"], "label": "keloid / hypertrophic scarring"},
    "HSV_LABIALIS": {"active": ["HSV_HISTORY_IN_AREA:CONFIRMED"], "inactive": ["HSV_HISTORY_IN_AREA:CONFIRMED"],
                     "label": "herpes labialis / facialis"},
    "HSV": {"active": ["HSV_HISTORY_IN_AREA:UNSURE"], "inactive": ["HSV_HISTORY_IN_AREA:UNSURE"], "label": "herpes simplex (site not recorded)"},
    "SKIN_INFECTION_VIRAL": {"active": ["SKIN_INFECTION_VIRAL_IN_AREA:UNSURE"], "label": "viral skin infection (site not recorded)"},
    "SKIN_INFECTION_BACTERIAL": {"active": ["SKIN_INFECTION_BACTERIAL_IN_AREA:UNSURE"], "label": "bacterial skin infection (site not recorded)"},
    "SKIN_INFECTION_FUNGAL": {"active": ["SKIN_INFECTION_FUNGAL_IN_AREA:UNSURE"], "label": "fungal skin infection (site not recorded)"},
    "WARTS_MOLLUSCUM": {"active": ["WARTS_MOLLUSCUM_IN_AREA:UNSURE"], "label": "warts / molluscum (site not recorded)"},
    "ECZEMA": {"active": ["ECZEMA_ACTIVE_IN_AREA:UNSURE"], "label": "eczema / dermatitis (site and activity not recorded)"},
    "PSORIASIS": {"active": ["PSORIASIS_ACTIVE_IN_AREA:UNSURE"], "label": "psoriasis (site and activity not recorded)"},
    "ROSACEA": {"active": ["ROSACEA_ACTIVE_IN_AREA:UNSURE"], "label": "rosacea (activity not recorded)"},
    "ACNE": {"active": ["ACNE_INFLAMMATORY_IN_AREA:UNSURE"], "label": "acne (type and site not recorded)"},
    "VITILIGO": {"active": ["VITILIGO_SPREADING:UNSURE"], "label": "vitiligo (spreading not recorded)"},
    "ANTICOAGULANT_USE": {"active": ["ANTICOAGULANT:CONFIRMED"], "label": "long-term anticoagulant use"},
    "ANTIPLATELET_USE": {"active": ["ANTIPLATELET:CONFIRMED"], "label": "long-term antiplatelet use"},
    "NSAID_USE": {"active": ["NSAID_SUPPLEMENT_RECENT:CONFIRMED"], "label": "long-term NSAID use"},
    "STEROID_USE": {"active": ["IMMUNOSUPPRESSION:CONFIRMED"], "label": "long-term systemic steroid use"},
    "IMMUNOSUPPRESSANT_USE": {"active": ["IMMUNOSUPPRESSION:CONFIRMED"], "label": "long-term immunosuppressant use"},
    "CHEMOTHERAPY_CURRENT": {"active": ["CHEMOTHERAPY_CURRENT:CONFIRMED"], "label": "chemotherapy encounter"},
    "CHEMOTHERAPY_HISTORY": {"active": ["CHEMOTHERAPY_COMPLETED:CONFIRMED"], "label": "history of chemotherapy"},
    "RADIATION_HISTORY": {"active": ["RADIATION_COMPLETED:UNSURE"], "label": "irradiation (area and date not recorded)"},
    "SUNBURN": {"active": ["SUNBURN:UNSURE"], "label": "sunburn (date and area not recorded)"},
    "OPEN_WOUND_HEAD": {"active": ["OPEN_WOUND_IN_AREA:UNSURE"], "label": "open wound of the head (site not recorded)"},
    "ANESTHETIC_ALLERGY": {"active": ["ANESTHETIC_ALLERGY:CONFIRMED"], "inactive": ["ANESTHETIC_ALLERGY:CONFIRMED"],
                           "label": "allergy to anaesthetic agent"},
    "METAL_ALLERGY": {"active": ["METAL_ALLERGY_NICKEL:UNSURE"], "label": "metal or substance allergy (substance not recorded)"},
    "ANAPHYLAXIS": {"active": ["SEVERE_ALLERGY_OR_ANAPHYLAXIS:CONFIRMED"], "inactive": ["SEVERE_ALLERGY_OR_ANAPHYLAXIS:CONFIRMED"],
                    "label": "anaphylaxis"},
    "ELECTRONIC_IMPLANT": {"active": ["ELECTRONIC_IMPLANT:CONFIRMED"], "label": "cardiac pacemaker / defibrillator"},
    "TREATMENT_GOAL": {"active": [], "label": "a treatment goal, not a contraindication"},
}

# Published value sets -> class. `vsac` sets are read from the eCQM repositories (union of every pinned
# repository that publishes the OID); `pddi` sets from the PDDI CDS IG (its -exclude set is subtracted).
# `split` sets hold more than one class: each member goes to the class of its ingredients.
MEDICATION_VALUE_SETS = [
    ("ANTICOAGULANT", "vsac", "2.16.840.1.113762.1.4.1248.22"),
    ("ANTICOAGULANT", "vsac", "2.16.840.1.113883.3.117.1.7.1.200"),
    ("ANTICOAGULANT", "vsac", "2.16.840.1.113883.3.3157.4045"),
    ("ANTICOAGULANT", "vsac", "2.16.840.1.113883.3.117.1.7.1.205"),
    ("ANTICOAGULANT", "vsac", "2.16.840.1.113883.3.117.1.7.1.134"),
    ("ANTICOAGULANT", "vsac", "2.16.840.1.113883.3.117.1.7.1.232"),
    ("ANTICOAGULANT", "vsac", "2.16.840.1.113883.3.117.1.7.1.218"),
    ("ANTICOAGULANT", "vsac", "2.16.840.1.113883.3.117.1.7.1.219"),
    ("ANTICOAGULANT", "vsac", "2.16.840.1.113883.3.117.1.7.1.211"),
    ("ANTICOAGULANT", "vsac", "2.16.840.1.113762.1.4.1045.39"),
    ("ANTICOAGULANT", "pddi", "valueset-warfarin"),
    ("split", "vsac", "2.16.840.1.113883.3.117.1.7.1.201"),
    ("split", "vsac", "2.16.840.1.113762.1.4.1110.62"),
    ("ANTIPLATELET", "vsac", "2.16.840.1.113762.1.4.1110.39"),
    ("ANTIPLATELET", "vsac", "2.16.840.1.113883.3.464.1003.196.12.1349"),
    ("ANTIPLATELET", "vsac", "2.16.840.1.113883.3.464.1003.1051"),
    ("ANTIPLATELET", "pddi", "valueset-aspirin"),
    ("ISOTRETINOIN", "vsac", "2.16.840.1.113883.3.464.1003.196.12.1143"),
    ("IMMUNOSUPPRESSANT", "vsac", "2.16.840.1.113762.1.4.1248.364"),
    ("IMMUNOSUPPRESSANT", "vsac", "2.16.840.1.113762.1.4.1151.32"),
    ("IMMUNOSUPPRESSANT", "pddi", "valueset-cyclosporine"),
    ("SYSTEMIC_CORTICOSTEROID", "vsac", "2.16.840.1.113883.3.464.1003.196.12.1266"),
    ("ANTINEOPLASTIC", "vsac", "2.16.840.1.113762.1.4.1248.355"),
    ("ANTINEOPLASTIC", "vsac", "2.16.840.1.113762.1.4.1151.60"),
] + [("SYSTEMIC_CORTICOSTEROID", "pddi", "valueset-" + name) for name in (
    "betamethasone", "cloprednol", "cortisone", "cortivazol", "deflazacort", "desoxycorticosterone", "dexamethasone",
    "fludrocortisone", "fluocortolone", "hydrocortisone", "meprednisone", "methylprednisolone", "paramethasone",
    "prednisolone", "prednisone", "prednylidene", "rimexolone", "triamcinolone")
] + [("NSAID", "pddi", "valueset-" + name) for name in (
    "bromfenac", "celecoxib", "diclofenac", "diflunisal", "etodolac", "fenoprofen", "flurbiprofen", "ibuprofen",
    "indomethacin", "ketoprofen", "ketorolac", "mefenamate", "meloxicam", "nabumetone", "naproxen", "nepafenac",
    "oxaprozin", "piroxicam", "sulindac", "tolmetin")
]

# Ingredients that make a member of a `split` set an antiplatelet (the others are anticoagulants, by the
# ingredients of the anticoagulant sets above).
ANTIPLATELET_INGREDIENTS = {"aspirin", "clopidogrel", "prasugrel", "ticagrelor", "ticlopidine", "dipyridamole",
                            "cilostazol", "vorapaxar", "cangrelor"}

# Products of these classes given on the skin, eye, ear, nose or airways act locally: they are not
# systemic corticosteroids or systemic NSAIDs (the PDDI sets list such forms in their -exclude sets too).
LOCAL_ROUTES = ("Topical", "Ophthalmic", "Otic", "Nasal", "Inhal", "Inhaler", "Dental", "Mucosal", "Shampoo",
                "Medicated Pad", "Medicated Tape", "Transdermal", "Vaginal", "Rectal Foam", "Enema", "Mouthwash")
LOCAL_ROUTE_CLASSES = {"SYSTEMIC_CORTICOSTEROID", "NSAID"}

CONDITION_VALUE_SETS = [
    ("PREGNANCY", "2.16.840.1.113883.3.526.3.378"),
    ("PREGNANCY", "2.16.840.1.113883.3.3157.4055"),
    ("PREGNANCY_RELATED", "2.16.840.1.113883.3.600.1.1623"),
    ("BREASTFEEDING", "2.16.840.1.113762.1.4.1047.73"),
    ("BLEEDING_DISORDER", "2.16.840.1.113762.1.4.1029.287"),
    ("BLEEDING_DISORDER", "2.16.840.1.113762.1.4.1248.23"),
    ("IMMUNODEFICIENCY", "2.16.840.1.113883.3.464.1003.120.12.1001"),
    ("IMMUNOCOMPROMISED", "2.16.840.1.113883.3.666.5.1940"),
    ("HIV", "2.16.840.1.113883.3.464.1003.120.12.1003"),
    ("HEPATITIS_CHRONIC", "2.16.840.1.113883.3.464.1003.110.12.1025"),
    ("DIABETES", "2.16.840.1.113883.3.464.1003.103.12.1001"),
    ("DIABETES", "2.16.840.1.113762.1.4.1029.275"),
    ("LUPUS", "2.16.840.1.113883.3.464.1003.117.12.1010"),
    ("CONNECTIVE_TISSUE_DISEASE", "2.16.840.1.113883.3.464.1003.113.12.1005"),
    ("CONNECTIVE_TISSUE_DISEASE", "2.16.840.1.113762.1.4.1029.311"),
]

# Members of a broad value set whose SNOMED CT display names a skin cancer: the Cancer value set has no
# skin-only subset in the published content.
SKIN_CANCER_FROM = "2.16.840.1.113883.3.526.3.1010"
SKIN_CANCER_DISPLAY = r"(?i)(melanoma|basal cell carcinoma|squamous cell carcinoma of (the )?skin|malignant neoplasm of skin|" \
                      r"carcinoma of skin|merkel cell|lentigo maligna|dermatofibrosarcoma|kaposi)"

# ICD-10-CM (and WHO ICD-10, which shares these categories) by range, as the reference and the issue name
# them. A range covers every code under its categories; "only" replaces what shorter prefixes give.
ICD10_RANGES = [
    ("O00", "O08", "PREGNANCY_RELATED"),       # pregnancy with abortive outcome: may be over
    ("O09", "O48", "PREGNANCY"),
    ("O60", "O77", "PREGNANCY_RELATED"),       # labour and delivery
    ("O80", "O82", "PREGNANCY_RELATED"),
    ("O85", "O92", "PREGNANCY_RELATED"),       # puerperium
    ("O91", "O92", "LACTATION_RELATED"),
    ("O94", "O9A", "PREGNANCY_RELATED"),
    ("Z33", "Z33", "PREGNANCY_RELATED"),
    ("Z33.1", "Z33.1", "PREGNANCY"),
    ("Z34", "Z34", "PREGNANCY"),
    ("Z3A", "Z3A", "PREGNANCY"),
    ("O24", "O24", "DIABETES"),
    ("O98.7", "O98.7", "HIV"),
    ("D65", "D69", "BLEEDING_DISORDER"),
    ("D68.5", "D68.6", "THROMBOPHILIA", "only"),
    ("D80", "D84", "IMMUNODEFICIENCY"),
    ("Z94", "Z94", "IMMUNODEFICIENCY"),
    ("B20", "B20", "HIV"),
    ("Z21", "Z21", "HIV"),
    ("B16", "B16", "HEPATITIS_ACUTE"),
    ("B17.1", "B17.1", "HEPATITIS_ACUTE"),
    ("B18.0", "B18.2", "HEPATITIS_CHRONIC"),
    ("B19.1", "B19.2", "HEPATITIS_CHRONIC"),
    ("Z22.5", "Z22.5", "HEPATITIS_CHRONIC"),
    ("E08", "E13", "DIABETES"),
    ("M32", "M32", "LUPUS"),
    ("L93", "L93", "LUPUS"),
    ("M33", "M33", "CONNECTIVE_TISSUE_DISEASE"),
    ("M35", "M35", "CONNECTIVE_TISSUE_DISEASE"),
    ("M05", "M06", "CONNECTIVE_TISSUE_DISEASE"),
    ("M34", "M34", "SCLERODERMA"),
    ("L94.0", "L94.0", "SCLERODERMA"),
    ("C43", "C44", "SKIN_CANCER"),
    ("C4A", "C4A", "SKIN_CANCER"),
    ("D03", "D04", "SKIN_CANCER"),
]
# E08.65, E09.65 ... E13.65: diabetes "with hyperglycemia" states control.
ICD10_RANGES += [(f"E{n}.65", f"E{n}.65", "DIABETES_HYPERGLYCAEMIA") for n in ("08", "09", "10", "11", "13")]

# Codes the clinical reference lists in section 5 (each must appear in the reference text, which the
# generator checks): system, code, class, match ("prefix" for an ICD-10-CM code that covers its subcodes).
REFERENCE_CONDITIONS = [
    ("icd10cm", "Z33.1", "PREGNANCY"), ("icd10cm", "Z32.01", "PREGNANCY"), ("snomed", "77386006", "PREGNANCY"),
    ("icd10cm", "Z39.1", "LACTATION_RELATED"), ("snomed", "413712001", "BREASTFEEDING"),
    ("icd10cm", "L91.0", "KELOID"), ("snomed", "33659008", "KELOID"),
    ("icd10cm", "B00.1", "HSV_LABIALIS"), ("icd10cm", "B00.9", "HSV"), ("snomed", "1475003", "HSV_LABIALIS"),
    ("snomed", "88594005", "HSV"),
    ("icd10cm", "B02", "SKIN_INFECTION_VIRAL"), ("snomed", "4740000", "SKIN_INFECTION_VIRAL"),
    ("icd10cm", "L01", "SKIN_INFECTION_BACTERIAL"), ("snomed", "48277006", "SKIN_INFECTION_BACTERIAL"),
    ("icd10cm", "L03", "SKIN_INFECTION_BACTERIAL"), ("icd10cm", "L08.9", "SKIN_INFECTION_BACTERIAL"),
    ("snomed", "128045006", "SKIN_INFECTION_BACTERIAL"),
    ("icd10cm", "B35.8", "SKIN_INFECTION_FUNGAL"), ("icd10cm", "B37.2", "SKIN_INFECTION_FUNGAL"),
    ("icd10cm", "B07", "WARTS_MOLLUSCUM"), ("icd10cm", "B08.1", "WARTS_MOLLUSCUM"),
    ("icd10cm", "L20", "ECZEMA"), ("icd10cm", "L30.9", "ECZEMA"), ("snomed", "24079001", "ECZEMA"),
    ("snomed", "43116000", "ECZEMA"), ("icd10cm", "L21", "ECZEMA"), ("snomed", "50563003", "ECZEMA"),
    ("icd10cm", "L71", "ROSACEA"), ("snomed", "398909004", "ROSACEA"),
    ("icd10cm", "L40", "PSORIASIS"), ("snomed", "9014002", "PSORIASIS"),
    ("icd10cm", "L70", "ACNE"), ("snomed", "88616000", "ACNE"),
    ("icd10cm", "L90.5", "TREATMENT_GOAL"), ("icd10cm", "L90.6", "TREATMENT_GOAL"),
    ("icd10cm", "L81.1", "TREATMENT_GOAL"), ("icd10cm", "L81.0", "TREATMENT_GOAL"),
    ("snomed", "73211009", "DIABETES"), ("snomed", "46635009", "DIABETES"), ("snomed", "44054006", "DIABETES"),
    ("snomed", "89155008", "SCLERODERMA"), ("snomed", "55464009", "LUPUS"), ("snomed", "69896004", "CONNECTIVE_TISSUE_DISEASE"),
    ("icd10cm", "L80", "VITILIGO"), ("snomed", "56727007", "VITILIGO"),
    ("snomed", "28293008", "BLEEDING_DISORDER"), ("snomed", "128105004", "BLEEDING_DISORDER"),
    ("snomed", "302215000", "BLEEDING_DISORDER"),
    ("icd10cm", "Z79.01", "ANTICOAGULANT_USE"), ("icd10cm", "Z79.02", "ANTIPLATELET_USE"), ("icd10cm", "Z79.1", "NSAID_USE"),
    ("icd10cm", "Z79.52", "STEROID_USE"), ("icd10cm", "Z79.6", "IMMUNOSUPPRESSANT_USE"),
    ("snomed", "86406008", "HIV"), ("snomed", "61977001", "HEPATITIS_CHRONIC"), ("snomed", "128302006", "HEPATITIS_CHRONIC"),
    ("icd10cm", "Z51.11", "CHEMOTHERAPY_CURRENT"), ("icd10cm", "Z92.21", "CHEMOTHERAPY_HISTORY"),
    ("icd10cm", "Z92.3", "RADIATION_HISTORY"), ("icd10cm", "L58", "RADIATION_HISTORY"),
    ("snomed", "372244006", "SKIN_CANCER"), ("snomed", "254701007", "SKIN_CANCER"), ("snomed", "254651007", "SKIN_CANCER"),
    ("icd10cm", "Z85.820", "SKIN_CANCER_HISTORY"), ("icd10cm", "Z85.828", "SKIN_CANCER_HISTORY"),
    ("icd10cm", "L57.0", "ACTINIC_KERATOSIS"), ("snomed", "201101007", "ACTINIC_KERATOSIS"),
    ("icd10cm", "D48.5", "SUSPICIOUS_LESION"), ("icd10cm", "D49.2", "SUSPICIOUS_LESION"),
    ("icd10cm", "L55", "SUNBURN"), ("icd10cm", "S01", "OPEN_WOUND_HEAD"),
    ("icd10cm", "Z88.4", "ANESTHETIC_ALLERGY"), ("icd10cm", "L23.0", "METAL_ALLERGY"), ("icd10cm", "Z91.048", "METAL_ALLERGY"),
    ("icd10cm", "Z95.0", "ELECTRONIC_IMPLANT"), ("icd10cm", "Z95.810", "ELECTRONIC_IMPLANT"),
    ("snomed", "441509002", "ELECTRONIC_IMPLANT"),
    ("icd10cm", "T78.2", "ANAPHYLAXIS"), ("snomed", "39579001", "ANAPHYLAXIS"),
]

# Ingredients the clinical reference lists in section 5.3 (RxNorm IN), by the reference's rule column.
REFERENCE_MEDICATION_RULES = {
    "ISOTRETINOIN_*": "ISOTRETINOIN", "ANTICOAGULANT_RX": "ANTICOAGULANT", "ANTIPLATELET_RX": "ANTIPLATELET",
    "NSAID_SUPPLEMENT_RECENT": "NSAID", "IMMUNOSUPPRESSION": "IMMUNOSUPPRESSANT", "PHOTOSENSITIZING_DRUG": "PHOTOSENSITIZER",
    "TOPICAL_RETINOID_*": "TOPICAL_RETINOID",
}

# Words that begin an RxNorm product name without naming its ingredient.
NAME_PREFIXES_NOT_INGREDIENTS = {"micronized", "modified", "liposomal", "pegylated", "human", "recombinant", "porcine",
                                 "bovine", "sodium", "potassium", "calcium", "magnesium", "buffered", "extended",
                                 "chewable", "enteric", "coated", "oral", "topical"}

# ---------------------------------------------------------------- medicine search index (medicines.tsv)

# NLM RxNorm Current Prescribable Content as published per initial letter (ingredient -> SCDC -> SCD -> SBD
# -> brand name). web/data/A.json is not in the published snapshot (its blob is missing), so ingredients
# starting with A take their names and codes from the other sources only (value sets, the reference's
# ingredient codes, EMA-authorised brands); generate.py names every classed A-ingredient left without a
# US brand in the header of medicines.tsv.
RXNORM_PRESCRIBABLE_FILES = ["0-9"] + [chr(c) for c in range(ord("B"), ord("Z") + 1)]

# EMA-authorised products mapped to RxNorm: only mappings the curators mark EXACT, to RxNorm itself (not
# RxNorm Extension), of these concept classes.
EMA_CONCEPT_CLASSES = {"Branded Drug": "SBD", "Quant Branded Drug": "SBD", "Branded Pack": "BPCK"}

# WHO ATC groups (as the HL7 Europe UNICOM "ATC Human EMA" code system lists them, with their WHO codes)
# whose substances are of a class, by name: vitamin K antagonists (acenocoumarol, phenprocoumon: the usual
# oral anticoagulants in Spain, Latin America and Germany, in no US value set), direct thrombin and factor
# Xa inhibitors, platelet aggregation inhibitors; immunosuppressants (apremilast, adalimumab and the other
# biologics no US value set here lists); glucocorticoids for systemic use; the NSAID groups of M01A (not
# M01AX, which holds glucosamine and chondroitin); isotretinoin for acne (D10BA, systemic). A substance
# named "... combinations" or "x and y" is not one substance.
ATC_CLASSES = [("B01AA", "ANTICOAGULANT"), ("B01AE", "ANTICOAGULANT"), ("B01AF", "ANTICOAGULANT"),
               ("B01AC", "ANTIPLATELET"),
               ("L04AA", "IMMUNOSUPPRESSANT"), ("L04AB", "IMMUNOSUPPRESSANT"), ("L04AC", "IMMUNOSUPPRESSANT"),
               ("L04AD", "IMMUNOSUPPRESSANT"), ("L04AX", "IMMUNOSUPPRESSANT"),
               ("H02AB", "SYSTEMIC_CORTICOSTEROID"),
               ("M01AA", "NSAID"), ("M01AB", "NSAID"), ("M01AC", "NSAID"), ("M01AE", "NSAID"), ("M01AG", "NSAID"),
               ("M01AH", "NSAID"),
               ("D10BA", "ISOTRETINOIN")]

# Classes of what a medicine does in the body: a product given on the skin, eye, ear, nose or airways
# (LOCAL_ROUTES) that no value set lists does not take them from its ingredient (a hydrocortisone cream is
# not a systemic corticosteroid). A topical retinoid is one whatever the product.
SYSTEMIC_CLASSES = {"ANTICOAGULANT", "ANTIPLATELET", "ISOTRETINOIN", "IMMUNOSUPPRESSANT", "SYSTEMIC_CORTICOSTEROID",
                    "ANTINEOPLASTIC", "PHOTOSENSITIZER", "NSAID"}

# WHO ATC groups of medicines for local use (dermatologicals, eye and ear, nasal and inhaled, mouth, gut-local
# corticosteroids, gynaecological, haemorrhoidal): an EU medicine of these groups does not take the systemic
# classes of its INN (an inhaled budesonide is not a systemic corticosteroid).
LOCAL_ATC_GROUPS = ("D", "S", "R01", "R03", "A01", "A07EA", "G01", "C05")

# Spanish INN (DCI) spellings of WHO INN stems that carry a written accent: -xaban (factor Xa inhibitors:
# apixabán, rivaroxabán, edoxabán), -gatran (thrombin inhibitors: dabigatrán). Display only: keys have no accents.
SPANISH_ACCENTED_STEMS = {"xaban": "xabán", "gatran": "gatrán"}

# Reviewed patient vocabulary, not a code list: names patients use for a medicine that no source above
# gives, each with the RxNorm concept it stands for (checked by generate.py to be in medications.tsv with a
# class) and why. The Consumer Health Vocabulary snapshot (Planeshifter/node-chvocab) lacks its concept
# file, so these are kept here.
PATIENT_VOCABULARY = [
    ("baby aspirin", "en", "243670", "US name for 81 mg aspirin tablets (RxNorm SCD 243670 Aspirin 81 MG Oral Tablet)"),
    ("low-dose aspirin", "en", "1191", "aspirin at 75-100 mg a day for the heart; the dose varies, so the ingredient"),
    ("aspirina infantil", "es", "1191", "Spanish name for low-dose aspirin (81, 100 or 125 mg by country), so the ingredient"),
    ("aspirina para el corazón", "es", "1191", "Spanish name for low-dose aspirin taken for the heart"),
]
