//! What the example company wrote in its own words, in each language the editor speaks: a
//! company in Québec or Nuevo León would have typed its narratives in French or Spanish, so the
//! example reads as theirs would. Names, identifiers and addresses stay as they are.

use crate::domain::Language;
use crate::domain::catalogue::FocusArea;

/// The free text of the example workspace in one language.
pub(super) struct ExampleTexts {
    pub brief_history: &'static str,
    pub officer_title: &'static str,
    pub manager_title: &'static str,
    pub fleet_title: &'static str,
    pub importer_account: &'static str,
    pub carrier_account: &'static str,
    /// `{category}` is replaced by the category's name in the same language.
    pub evidence_title: &'static str,
    pub not_applicable: &'static str,
    pub warehouse: &'static str,
    pub yard: &'static str,
    pub fencing: &'static str,
    pub lighting: &'static str,
    pub alarm_monitor: &'static str,
    pub screening_policy: &'static str,
    pub training_topics: [&'static str; 3],
    pub training_audience: &'static str,
    pub sign_in_sheet: &'static str,
    pub it_controls: [(&'static str, &'static str); 2],
    pub it_owner: &'static str,
    /// By focus area, in CBP's order: corporate, transportation, people and physical security.
    pub narratives: [&'static str; 3],
}

impl ExampleTexts {
    /// How the company says it meets the criteria of a focus area.
    pub(super) fn narrative(&self, area: FocusArea) -> &'static str {
        let [corporate, transport, people] = self.narratives;
        match area {
            FocusArea::CorporateSecurity => corporate,
            FocusArea::TransportationSecurity => transport,
            FocusArea::PeopleAndPhysicalSecurity => people,
        }
    }
}

/// The example's texts in `language`.
pub(super) fn texts(language: Language) -> &'static ExampleTexts {
    match language {
        Language::English => &ENGLISH,
        Language::French => &FRENCH,
        Language::Spanish => &SPANISH,
    }
}

const ENGLISH: ExampleTexts = ExampleTexts {
    brief_history: "Family-owned importer of kitchenware and small furniture, founded in Detroit in 2004; runs its own cross-border trucks to and from Ontario since 2012.",
    officer_title: "Chief Operating Officer",
    manager_title: "Trade Compliance Manager",
    fleet_title: "Fleet Safety Supervisor",
    importer_account: "Imports",
    carrier_account: "Cross-border trucking",
    evidence_title: "{category}: written procedure",
    not_applicable: "We do not load or unload cargo at this location; our carrier partners do.",
    warehouse: "Detroit distribution centre",
    yard: "Windsor trailer yard",
    fencing: "2.4 m chain-link fence with anti-climb top; gates locked outside shifts",
    lighting: "LED floodlights on the docks, the parking area and the fence line",
    alarm_monitor: "Central monitoring station, 24/7",
    screening_policy: "Application checks, two references and a criminal background check where the law allows; drivers are re-screened every three years.",
    training_topics: [
        "Recognizing and reporting suspicious activity",
        "Seal verification and the seven-point trailer inspection",
        "Phishing and password safety",
    ],
    training_audience: "Warehouse staff and drivers",
    sign_in_sheet: "Training sign-in sheet",
    it_controls: [
        (
            "Multi-factor sign-in",
            "Every remote and e-mail sign-in requires a second factor.",
        ),
        (
            "Daily backups",
            "Shipping and customs records are backed up each night and a restore is tested every quarter.",
        ),
    ],
    it_owner: "IT services",
    narratives: [
        "A written procedure, approved by the Chief Operating Officer, says who does what; the Trade Compliance Manager reviews it every year after the risk assessment.",
        "Drivers follow the seven-point inspection and the seal procedure at every border crossing; dispatch checks each seal number against the bill of lading.",
        "Access to the buildings is by badge; visitors sign in and are escorted. Staff are trained when hired and every year after, and we keep the sign-in sheets.",
    ],
};

const FRENCH: ExampleTexts = ExampleTexts {
    brief_history: "Importateur familial d’articles de cuisine et de petits meubles fondé à Detroit en 2004; exploite ses propres camions entre le Michigan et l’Ontario depuis 2012.",
    officer_title: "Chef de l’exploitation",
    manager_title: "Responsable de la conformité douanière",
    fleet_title: "Superviseur de la sécurité du parc",
    importer_account: "Importations",
    carrier_account: "Camionnage transfrontalier",
    evidence_title: "{category} : procédure écrite",
    not_applicable: "Nous ne chargeons ni ne déchargeons de marchandises à cet endroit; nos transporteurs partenaires le font.",
    warehouse: "Centre de distribution de Detroit",
    yard: "Cour à remorques de Windsor",
    fencing: "Clôture grillagée de 2,4 m avec dispositif anti-escalade; barrières verrouillées hors des quarts",
    lighting: "Projecteurs DEL sur les quais, le stationnement et le long de la clôture",
    alarm_monitor: "Centrale de surveillance, 24 h sur 24",
    screening_policy: "Vérification des candidatures, deux références et vérification des antécédents criminels là où la loi le permet; les chauffeurs sont vérifiés de nouveau tous les trois ans.",
    training_topics: [
        "Reconnaître et signaler les activités suspectes",
        "Vérification des scellés et inspection de la remorque en sept points",
        "Hameçonnage et sécurité des mots de passe",
    ],
    training_audience: "Personnel d’entrepôt et chauffeurs",
    sign_in_sheet: "Feuille de présence à la formation",
    it_controls: [
        (
            "Connexion à deux facteurs",
            "Toute connexion à distance et à la messagerie exige un second facteur.",
        ),
        (
            "Sauvegardes quotidiennes",
            "Les dossiers d’expédition et de douane sont sauvegardés chaque nuit et une restauration est testée chaque trimestre.",
        ),
    ],
    it_owner: "Services informatiques",
    narratives: [
        "Une procédure écrite, approuvée par le chef de l’exploitation, précise qui fait quoi; la responsable de la conformité la revoit chaque année après l’évaluation des risques.",
        "Les chauffeurs font l’inspection en sept points et suivent la procédure des scellés à chaque passage de la frontière; la répartition compare chaque numéro de scellé au connaissement.",
        "L’accès aux bâtiments se fait par carte; les visiteurs s’inscrivent et sont accompagnés. Le personnel est formé à l’embauche puis chaque année, et nous conservons les feuilles de présence.",
    ],
};

const SPANISH: ExampleTexts = ExampleTexts {
    brief_history: "Importador familiar de artículos de cocina y muebles pequeños, fundado en Detroit en 2004; opera sus propios camiones entre Michigan y Ontario desde 2012.",
    officer_title: "Director de Operaciones",
    manager_title: "Gerente de Cumplimiento Aduanero",
    fleet_title: "Supervisor de Seguridad de Flota",
    importer_account: "Importaciones",
    carrier_account: "Autotransporte transfronterizo",
    evidence_title: "{category}: procedimiento escrito",
    not_applicable: "No cargamos ni descargamos mercancía en este lugar; lo hacen nuestros transportistas asociados.",
    warehouse: "Centro de distribución de Detroit",
    yard: "Patio de remolques de Windsor",
    fencing: "Cerca de malla de 2.4 m con remate antiescalamiento; portones cerrados fuera de turno",
    lighting: "Reflectores LED en andenes, estacionamiento y a lo largo de la cerca",
    alarm_monitor: "Central de monitoreo, 24/7",
    screening_policy: "Verificación de solicitudes, dos referencias y revisión de antecedentes penales donde la ley lo permite; los operadores se vuelven a verificar cada tres años.",
    training_topics: [
        "Cómo reconocer y reportar actividades sospechosas",
        "Verificación de sellos e inspección del remolque en siete puntos",
        "Suplantación de identidad (phishing) y seguridad de contraseñas",
    ],
    training_audience: "Personal de almacén y operadores",
    sign_in_sheet: "Lista de asistencia a la capacitación",
    it_controls: [
        (
            "Inicio de sesión con dos factores",
            "Todo acceso remoto y al correo electrónico pide un segundo factor.",
        ),
        (
            "Respaldos diarios",
            "Los registros de embarques y aduanas se respaldan cada noche y cada trimestre se prueba una restauración.",
        ),
    ],
    it_owner: "Servicios de TI",
    narratives: [
        "Un procedimiento escrito, aprobado por el Director de Operaciones, indica quién hace qué; la Gerente de Cumplimiento lo revisa cada año después de la evaluación de riesgos.",
        "Los operadores hacen la inspección de siete puntos y siguen el procedimiento de sellos en cada cruce fronterizo; despacho compara cada número de sello con el conocimiento de embarque.",
        "El acceso a los edificios es con gafete; los visitantes se registran y van acompañados. El personal se capacita al ingresar y cada año, y conservamos las listas de asistencia.",
    ],
};
