// Generic English word lists the rules rely on. Nothing here may name a person, place or outlet
// from any particular article: the lists must work on news the engine has never seen.

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Verbs that report speech and can take a reported clause or a direct quotation. */
export const SPEECH_VERBS = set(`
  say says said tell tells told add adds added note notes noted write writes wrote state states stated
  declare declares declared announce announces announced explain explains explained warn warns warned
  insist insists insisted argue argues argued claim claims claimed confirm confirms confirmed
  acknowledge acknowledges acknowledged admit admits admitted assert asserts asserted maintain maintains
  maintained stress stresses stressed emphasize emphasizes emphasized emphasise emphasises emphasised
  suggest suggests suggested report reports reported continue continues continued conclude concludes
  concluded reply replies replied respond responds responded recall recalls recalled observe observes
  observed remark remarks remarked comment comments commented caution cautions cautioned predict
  predicts predicted contend contends contended allege alleges alleged vow vows vowed pledge pledges
  counter counters countered
  pledged promise promises promised tweet tweets tweeted post posts posted ask asks asked
  whisper whispers whispered shout shouts shouted mutter mutters muttered quip quips quipped
  concede concedes conceded yell yells yelled scream screams screamed exclaim exclaims exclaimed
  snap snaps snapped fume fumes fumed plead pleads pleaded beg begs begged sigh sighs sighed
  joke jokes joked groan groans groaned murmur murmurs murmured mumble mumbles mumbled retort
  retorts retorted answer answers answered inquire inquires inquired enquire enquires enquired
  demand demands demanded urge urges urged boast boasts boasted complain complains complained
  protest protests protested lament laments lamented grumble grumbles grumbled gush gushes gushed
  roar roars roared bark barks barked hiss hisses hissed growl growls growled stammer stammers
  stammered sob sobs sobbed chuckle chuckles chuckled laugh laughs laughed interject interjects
  interjected recount recounts recounted reiterate reiterates reiterated affirm affirms affirmed
  assure assures assured reassure reassures reassured agree agrees agreed disagree disagrees
  disagreed object objects objected testify testifies testified inform informs informed advise
  advises advised remind reminds reminded confess confesses confessed disclose discloses disclosed
  reveal reveals revealed mention mentions mentioned hint hints hinted speculate speculates
  speculated muse muses mused wonder wonders wondered scoff scoffs scoffed gasp gasps gasped wail
  wails wailed chant chants chanted cheer cheers cheered rebut rebuts rebutted reason reasons
  reasoned concur concurs concurred recommend recommends recommended underline underlines
  underlined forecast forecasts forecasted blog blogs blogged text texts texted email emails
  emailed cry cries cried sneer sneers sneered tease teases teased breathe breathes breathed
  proclaim proclaims proclaimed swear swears swore sworn acknowledges specify specifies specified
  clarify clarifies clarified elaborate elaborates elaborated
`);

/** Verbs that report a denial; the denied content is what needs checking. */
export const DENIAL_VERBS = set(`deny denies denied reject rejects rejected dismiss dismisses dismissed`);

/** Verbs that characterise something in the subject's words: they attribute partial quotes
 *  ("denounced the 'cowardly' raid") but do not introduce a reported clause. */
export const CHARACTERISING_VERBS = set(`
  condemn condemns condemned denounce denounces denounced criticize criticizes criticized criticise
  criticises criticised threaten threatens threatened call calls called describe describes described
  label labels labelled labeled dub dubs dubbed accuse accuses accused praise praises praised hail
  hails hailed slam slams slammed blast blasts blasted decry decries decried brand brands branded
  dispute disputes disputed question questions questioned challenge challenges challenged
`);

/** Participles that hang a further statement on the sentence's speaker ("..., adding that ..."). */
export const PARTICIPLE_CUES = set(`
  adding saying noting warning insisting claiming arguing denying calling describing stressing
  explaining writing telling
`);

/** Verbs whose bare complement (no "that") is normally a reported clause. Others need "that". */
export const BARE_CLAUSE_VERBS = set(`
  say says said claim claims claimed deny denies denied insist insists insisted argue argues argued
  suggest suggests suggested confirm confirms confirmed add adds added admit admits admitted
  reject rejects rejected dismiss dismisses dismissed allege alleges alleged
`);

/** Personal titles and ranks; stripped from names ("Cmdr. Ann Lee" -> "Ann Lee"). */
export const TITLES = set(`
  Mr Mrs Ms Miss Dr Prof Rev Sir Dame Gen Lt Col Cmdr Cdr Adm Maj Capt Sgt Cpl Pvt Brig Gov Sen Rep
  Amb Pres Supt Insp Det Hon Sheikh President Vice Prime Minister Secretary Senator Representative
  Congressman Congresswoman Governor Mayor General Colonel Commander Admiral Major Captain Sergeant
  Lieutenant Corporal Private Ambassador Chancellor King Queen Prince Princess Emir Judge Justice
  Chief Deputy Spokesman Spokeswoman Spokesperson Director Chairman Chairwoman Chair Speaker Pope
  Professor Doctor Detective Inspector Superintendent Commissioner Envoy Press Foreign Defense Defence
  Interior Finance Attorney Leader Premier Undersecretary Under Assistant Acting Former Ret State Staff
`);

/** Adjectives and job words written before a name ("Local MP Jo Li", "Engineer Al Roe"). */
const ROLE_ADJECTIVES =
  set(`Local Former Senior Veteran Retired Top Leading Prominent Independent Opposition MP MEP MK MSP
  Then Acting Interim Junior Chief Regional Federal State National`);
const JOB_SUFFIX = /(?:er|or|ist|ian|ant|ent|man|woman|eer|ive)$/;

/** How many leading words of a capitalised run are roles rather than the person's name. A job word
 *  ("Engineer") only counts when at least two name words follow it. */
export function leadingRoleWords(words: string[]): number {
  let k = 0;
  while (
    k < words.length - 1 &&
    (ROLE_ADJECTIVES.has(words[k]) || (words.length - k >= 3 && JOB_SUFFIX.test(words[k]) && k === 0))
  )
    k++;
  return k;
}

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = set(`
  Mr Mrs Ms Dr Prof Rev St Sr Jr Gen Lt Col Cmdr Cdr Adm Maj Capt Sgt Cpl Pvt Brig Gov Sen Rep Amb
  Pres Supt Insp Det Hon Ret Inc Co Corp Ltd No Nos vs etc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct
  Nov Dec Mt Ft Ave Blvd approx est fig
`);

/** Capitalised words that make a name an organisation rather than a person. */
export const ORG_WORDS = set(`
  Command Department Ministry Foundation Institute University College School Center Centre Council
  Committee Commission Agency Bureau Office Service Services News Times Post Press Journal Herald
  Tribune Guard Corps Force Forces Army Navy Military Administration Government Party Group
  Organization Organisation Republic Kingdom States Nations Union House Senate Congress Parliament
  Assembly Court Bank Fund Association Company Corporation Inc Ltd Network Authority Brigade
  Brigades Front Movement Alliance Coalition Federation Society Club Church Hospital Police Media
  Radio Television TV Agency Embassy Ministry Operation Unit Division Battalion Regiment Fleet
  Energy Motors Airlines Airways Holdings Partners Systems Technologies Technology Labs
  Pharmaceuticals Pharma Foods Capital Industries Enterprises Solutions Rail Railways Telecom Power
  Water Gas Oil Mining Steel Logistics Farms Insurance Trust Board Militia Militias Rebels
  Liberation Gazette Courier Chronicle Telegraph Observer Wire FM Broadcasting Clinic Museum
  Library Zoo Airport Cooperative Collective Foods Works Studios Records Publishing Trade Exchange
`);

/** Last words of place and venue names: a run ending in one is never a person ("Kessa Province"). */
export const PLACE_WORDS = set(`
  Street Road Avenue Square Park Valley River Lake Mountain Mountains Hill Hills Island Islands Bay
  Coast Province Region County District City Town Village Port Harbour Harbor Airport Station
  Bridge Market Mall Hotel Hardware Store Stores Shop Cafe Restaurant Bar Stadium Arena Hall
  Museum Library Theatre Theater Cathedral Palace Tower Castle Beach Forest Desert Sea Ocean Gulf
  Strait Peninsula Border Highway Prison Camp Base Plaza Centre Center Quarter Heights Fields
`);

/** Nouns for people who speak; a descriptor built on one of these is a (possibly unnamed) person. */
export const PERSON_NOUNS = set(`
  official officials spokesman spokeswoman spokesperson spokesmen spokespeople analyst analysts
  expert experts specialist specialists fellow fellows researcher researchers scholar scholars
  professor professors minister ministers secretary envoy envoys ambassador diplomat diplomats
  commander commanders general generals officer officers president senator senators lawmaker
  lawmakers legislator legislators leader leaders representative representatives source sources
  aide aides adviser advisers advisor advisors critic critics opponent opponents resident residents
  witness witnesses activist activists member members chief director head founder governor mayor
  premier undersecretary correspondent reporter reporters journalist journalists editor person
  people man woman men women insider insiders negotiator negotiators observer observers monitor
  monitors supporter supporters survivor survivors doctor doctors medic medics investigator
  investigators prosecutor prosecutors lawyer lawyers attorney spokesmen commentator commentators
  boy boys girl girls child children mother mothers father fathers parent parents driver drivers
  guard guards coach coaches player players manager managers owner owners teacher teachers student
  students farmer farmers worker workers employee employees nurse nurses patient patients passenger
  passengers protester protesters protestor protestors demonstrator demonstrators fan fans
  neighbour neighbours neighbor neighbors voter voters tenant tenants shopkeeper customer customers
  victim victims relative relatives friend friends colleague colleagues villager villagers citizen
  citizens soldier soldiers pilot pilots captain sergeant engineer engineers scientist scientists
  economist economists historian historians principal judge judges surgeon paramedic paramedics
  firefighter firefighters warden ranger planner planners inspector detective detectives agent
  clerk councillor councillors councilor councilors chairman chairwoman chair executive executives
  host presenter author writer artist singer actor priest bishop imam rabbi pastor organiser
  organizer organisers organizers campaigner campaigners volunteer volunteers guide officer
  wife husband son daughter brother sister widow stranger bystander bystanders onlooker onlookers
  shopper shoppers trader traders
`);

/** Nouns for organisations and documents that "say" things. */
export const GROUP_NOUNS = set(`
  group groups ministry department government administration military army militia militias command
  organization organisation agency company movement coalition alliance office embassy police council
  committee party authorities authority statement report reports estimates estimate study survey data
  figures briefing briefings agency force forces campaign outlet newspaper network channel union unions
  federation association board commission court firm company companies team league club school
  university hospital church mission watchdog regulator monitor observatory institute foundation
  bank bureau cabinet regime junta rebels insurgents lawmakers parliament congress senate
  prosecutors prosecution presidency palace spokesmen employer employers operator manufacturer owner
  maker producer provider carrier airline insurer lender retailer developer contractor supplier firm
  television radio media broadcaster broadcasters tabloid press service services museum navy
  coastguard ministries
`);

/** Unnamed-source heads: a speaker whose head noun is one of these (and no name) is anonymous. */
export const ANONYMOUS_HEADS = set(`
  official officials source sources diplomat diplomats aide aides insider insiders person people
  representative representatives officer officers analyst analysts expert experts specialist
  specialists critic critics opponent opponents observer observers resident residents witness
  witnesses spokesman spokeswoman spokesperson lawmaker lawmakers estimates estimate reports report
  member members investigator investigators activist activists
`);

/** Synonym groups used to resolve "the analyst said" to an earlier speaker's role. */
export const ROLE_SYNONYMS: string[][] = [
  [
    "analyst",
    "expert",
    "fellow",
    "researcher",
    "scholar",
    "specialist",
    "professor",
    "academic",
    "economist",
    "strategist",
  ],
  ["spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople"],
  ["official", "officer", "administrator"],
  ["minister", "secretary"],
  ["commander", "general", "chief"],
];

/** "the group said" resolves to the most recent organisation that spoke. */
export const GROUP_SYNONYMS = ["group", "organization", "organisation", "militia", "movement", "company", "agency"];

export const PRONOUNS = set(`he she they it we i`);

/** Function words that end a noun phrase when walking through a sentence. */
export const NP_STOP = set(`
  that which who whom whose and but or nor as when while because since although though if after
  before where so then than to in on at for from with by into about over under is are was were be
  been being has have had do does did will would could should may might must can cannot not no
  also this these those what why how there here it its yet both either neither however meanwhile
  despite amid among against during until unless whether via per upon within without between
`);

/** Words that may follow "the" in a back-reference ("the senior official", "the former spokesman"). */
export const DETERMINERS = set(
  `the a an one this that these those its his her their our some several many two three both all`,
);

export const WEEKDAYS = set(
  `Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays`,
);
export const MONTHS = set(`
  January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
`);

/** Boilerplate phrases after a speech verb that say where or when, not what ("said in a statement"). */
export const SETTING_RE =
  /^(?:\s*,?\s*(?:(?:late|early)\s+)?(?:(?:on|last|this|late|early|earlier|later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|night|morning|afternoon|evening|week|month|year|weekend)\b|\s*,?\s*(?:on|in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?\b|\s*,?\s*in\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:statement|interview|speech|post|tweet|briefing|letter|email|e-mail|video|message|address|report)\b(?:\s+(?:to|with|on|carried\s+by|published\s+by|posted\s+on)\s+(?:the\s+)?(?:[A-Z][\p{L}’'.-]*\s*)+)?|\s*,?\s*(?:also|further|again|later|earlier|previously|repeatedly|publicly|privately|flatly|firmly)\b|\s+(?:in|from)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)+/u;
