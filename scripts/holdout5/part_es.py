from common import *  # part es: written blind

# ---------------------------------------------------------------- requests

add("es-01-acceso-ett", "María del Carmen Ruiz Olmedo <mcarmen.ruiz.olmedo@telefonica.example>",
    "Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Muy señores míos:

Dña. María del Carmen Ruiz Olmedo, mayor de edad, con domicilio a efectos de notificaciones en
C/ Doctor Sumsi 14, 3.º B, 46005 Valencia, y correo electrónico el que figura en este mensaje,
por medio del presente escrito ejerce el derecho de acceso previsto en el artículo 15 del
Reglamento (UE) 2016/679 y en el artículo 13 de la Ley Orgánica 3/2018, de Protección de
Datos Personales y garantía de los derechos digitales, en relación con los datos que su
empresa de trabajo temporal trata sobre mi persona como consecuencia de los contratos de
puesta a disposición celebrados entre 2022 y 2025.

SOLICITA:

Que se le facilite, en el plazo máximo de un mes, copia de sus datos personales objeto de
tratamiento, incluyendo el currículum y las evaluaciones de las empresas usuarias, así como
los fines del tratamiento, los destinatarios a los que se han comunicado y el plazo de
conservación previsto.

Se acompaña copia del DNI.

En Valencia, a 14 de noviembre de 2026.

Fdo.: María del Carmen Ruiz Olmedo
""",
    R(["Access"], "mcarmen.ruiz.olmedo@telefonica.example", "María del Carmen", "Ruiz Olmedo"))

add("es-02-borren-cuenta", "jesus.hdz.88@hotmail.example", "cuenta",
    """buenas, porfa borren mi cuenta de la app ya no la uso. gracias

Enviado desde mi iPhone
""",
    R(["Erasure"], "jesus.hdz.88@hotmail.example"))

add("es-03-basta-notificaciones", "Ramón Pérez Gil <ramonpg55@yahoo.example>", "BASTA YA",
    """YA LES DIJE POR TELEFONO QUE NO ME MANDEN MAS NOTIFICACIONES DE OFERTAS NI CORREOS DE
PROMOCIONES. CADA DIA ME LLEGAN 3 O 4 Y A LAS 11 DE LA NOCHE. NO LO AUTORIZO.

QUITENME DE SUS LISTAS DE UNA VEZ!!!

RAMÓN PÉREZ GIL
""",
    R(["Opposition"], "ramonpg55@yahoo.example", "Ramón", "Pérez Gil"))

add("es-04-expediente-hija", "Javier Moreno Castaño <javier.moreno.c@gmail.example>",
    "Solicitud de acceso al expediente de mi hija Lucía",
    """Buenos días:

Soy el padre de Lucía Moreno Vidal, alumna del aula de 2 años de la Escuela Infantil Los Peques
(Zaragoza). El pasado 3 de noviembre Lucía se cayó en el patio y se hizo una brecha en la ceja
que necesitó puntos; a nosotros en la recogida solo nos dijeron que "se había dado un
golpecito".

Como padre y titular de la patria potestad, solicito al amparo del artículo 15 del RGPD copia
de todos los datos que constan sobre mi hija en el centro: el parte de incidencias de ese día,
las anotaciones de las educadoras, los registros de la aplicación de familias y cualquier otro
informe o documento.

Adjunto copia de mi DNI y del libro de familia.

Un saludo,
Javier Moreno Castaño
Tel. 655 555 018
""",
    R(["Access"], "javier.moreno.c@gmail.example", "Lucía", "Moreno Vidal",
      representative="Javier Moreno Castaño"))

add("es-05-repartidor-desactivado", "Yorman Contreras <yorman.contreras@gmail.example>",
    "Solicito revisión de mi desactivación",
    """Buenas tardes, mi nombre es Yorman Rafael Contreras Rivas, soy repartidor en Madrid con
ustedes desde hace año y medio.

El día de ayer me llegó un mensaje de la app diciendo que mi cuenta fue desactivada por
"actividad irregular detectada por el sistema". Nadie me explicó nada y en soporte me dicen que
es automático y que no pueden hacer nada. Yo no he hecho nada irregular, lo único es que el
día 10 la app me marcaba la ubicación en otro lado porque mi teléfono tenía el GPS fallando,
ya lo llevé a reparar y tengo la factura.

Le pido de la manera más atenta que una persona revise mi caso y no solamente la máquina,
porque ese es mi sustento y el de mi familia.

Quedo atento a su pronta respuesta. Dios le bendiga.

Yorman Rafael Contreras Rivas
""",
    R(["AutomatedDecision"], "yorman.contreras@gmail.example", "Yorman Rafael", "Contreras Rivas"))

add("es-06-portabilidad", "Valentina Ospina Restrepo <valeospina@outlook.example>",
    "Portabilidad de mis datos",
    """Hola, qué pena molestarlos.

Me voy a cambiar de app de domicilios y quisiera saber si me pueden enviar mis datos (historial
de pedidos, direcciones guardadas, restaurantes favoritos) en un archivo que pueda cargar en la
otra plataforma, tipo CSV o JSON. Leí que tengo derecho a la portabilidad.

Mil gracias,
Valentina Ospina Restrepo
""",
    R(["Portability"], "valeospina@outlook.example", "Valentina", "Ospina Restrepo"))

add("es-07-nie-nominas", "Oumar Diallo <oumar.diallo@gmail.example>",
    "Error en mis nominas",
    """Hola buenos días,

trabajo con ustedes por ETT en el almacén de Getafe. En mis nóminas de septiembre y octubre sale
mal mi NIE, pone X1234567L y el correcto es Y1234567L (me lo cambiaron cuando renové). También
el apellido lo pusieron como "Dialo" con una sola L.

Por favor corregirlo porque el banco me pide las nóminas para abrir la cuenta y no coinciden
con mi tarjeta.

Gracias.
Oumar Diallo
""",
    R(["Rectification"], "oumar.diallo@gmail.example", "Oumar", "Diallo"),
    ct=LATIN1, encode="latin-1")

add("es-08-consulta-cv-chile", "Camila Fuentes Araya <cfuentes.araya@gmail.example>",
    "Consulta sobre mi CV",
    """Hola, les escribo desde Santiago.

En 2019, cuando vivía en Barcelona, postulé a una pega a través de su agencia. Ahora me llegó un
correo de ustedes con "ofertas para ti", así que asumo que todavía tienen mi CV.

Mi consulta: ¿por cuánto tiempo guardan los currículums? ¿con qué empresas lo han compartido y
para qué lo siguen usando? No estoy pidiendo que lo borren todavía, solo quiero entender.

Saludos,
Camila
""",
    R(["Information"], "cfuentes.araya@gmail.example", "Camila", "Fuentes Araya"))

add("es-09-abogado-acceso-limitacion",
    "Ignacio Fernández de la Vega <ifernandez@fdlv-abogados.example>",
    "Ref. Sra. Quispe Mamani – derecho de acceso y limitación del tratamiento",
    """Muy Sres. míos:

Me dirijo a ustedes en nombre y representación de Dña. Rosa Elvira Quispe Mamani, con NIE
Y-0000000-T, según poder que se acompaña, trabajadora puesta a disposición por su empresa en
Industrias Cárnicas del Henares, S.A. entre marzo de 2024 y agosto de 2026.

Mi representada mantiene actualmente un procedimiento por despido ante el Juzgado de lo Social
n.º 4 de Madrid. En relación con ello, y al amparo del Reglamento (UE) 2016/679, les requiero:

1.º Derecho de acceso (art. 15 RGPD): copia de todos los datos personales de mi representada,
en particular los registros de jornada, las evaluaciones de desempeño remitidas por la empresa
usuaria y las comunicaciones internas en que se la mencione.

2.º Derecho a la limitación del tratamiento (art. 18.1.c) RGPD): que se abstengan de suprimir
dichos datos aun cuando venza el plazo de conservación, por ser necesarios para el ejercicio
de acciones judiciales, y que no sean tratados para ninguna otra finalidad mientras dure el
procedimiento.

Atentamente,

Ignacio Fernández de la Vega
Abogado – Colegiado n.º 00000 ICAM
Fernández de la Vega Abogados
C/ Velázquez 00, 28001 Madrid

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su
destinatario, pudiendo contener información confidencial sometida a secreto profesional. Si
usted no es el destinatario, le rogamos que lo comunique inmediatamente al remitente y proceda
a su destrucción.
""",
    R(["Access", "Restriction"], "ifernandez@fdlv-abogados.example", "Rosa Elvira", "Quispe Mamani",
      representative="Ignacio Fernández de la Vega"))

add("es-10-harta-cobro-doble", "Lourdes Sánchez <lourdes.sanchez.m@gmail.example>",
    "Estoy harta",
    """Buenas noches.

El sábado pedí una cena para seis personas en su aplicación, 78,60 €. El cargo me lo hicieron
dos veces. Cuando escribí en el chat, el "asistente virtual" me contestaba una y otra vez que
el pedido estaba "en camino", y cuando por fin llegó, una hora y diez minutos después, la mitad
venía fría y faltaba un plato. El repartidor, encima, me dijo de malas maneras que eso no era
cosa suya.

El lunes tuve que llamar al banco y anular la tarjeta, porque además vi otro cargo de 23,80 €
que no reconozco. Ahora tengo que esperar una tarjeta nueva por su culpa.

Así que ya que estamos: quiero que borren mi cuenta, mis direcciones y sobre todo la tarjeta
que tienen guardada, y que me confirmen por escrito que lo han hecho. No quiero saber nada más
de ustedes.

Y que alguien me devuelva el cargo duplicado, que eso es otro tema y no lo pienso dejar pasar.

Lourdes Sánchez Medina
""",
    R(["Erasure"], "lourdes.sanchez.m@gmail.example", "Lourdes", "Sánchez Medina"))

add("es-11-alertas-empleo-html", "Diego Armando Treviño <diego.trevino@prodigy.example>",
    "Baja de alertas",
    html("Buen día,",
         "Les solicito de favor que me den de baja de las <b>alertas de empleo</b> y de cualquier "
         "boletín de su agencia. Ya conseguí trabajo y me siguen llegando como diez correos diarios.",
         "Saludos cordiales,<br>Lic. Diego Armando Treviño Garza<br>Monterrey, N.L."),
    R(["Opposition"], "diego.trevino@prodigy.example", "Diego Armando", "Treviño Garza"),
    ct=HTML)

add("es-12-pedido-no-llega", "Martina González <martu.gonzalez@yahoo.example>",
    "pedido",
    """Hola! Hice un pedido hace una hora y media y todavía no llegó, el repartidor aparece parado
en el mapa hace 40 minutos. ¿Me podés decir qué pasa? El chat no me responde. Pedido #AR-55102.

Gracias,
Martina González
""",
    R(["Unknown"], "martu.gonzalez@yahoo.example", "Martina", "González"))

add("es-13-q-datos-tienen", "jose luis <joseluis.mtz@hotmail.example>", "datos",
    """hola q tal quisiera saber q datos tienen de mi, me registre hace como 2 años para trabajos
de camarero en eventos. gracias
jose luis martinez
""",
    R(["Access"], "joseluis.mtz@hotmail.example", "Jose Luis", "Martinez"))

add("es-14-alergias-hijo", "Lucía López Herrera <lucia.lopez.herrera@gmail.example>",
    "Duda sobre el informe de alergias de mi hijo",
    """Hola:

Mi hijo Mateo García López está en la escuela infantil de Alcobendas, en la clase de los Koalas.
Tiene alergia a la proteína de la leche de vaca y al inicio de curso entregamos el informe del
alergólogo.

Me gustaría saber quién tiene acceso a ese informe de Mateo: ¿solo las educadoras de su aula?
¿se le pasa a la empresa de catering? ¿se guarda en papel o en la aplicación? ¿y cuánto tiempo
lo van a conservar cuando termine el curso?

Gracias,
Lucía López
""",
    R(["Information"], "lucia.lopez.herrera@gmail.example", "Mateo", "García López",
      representative="Lucía López Herrera"))

add("es-15-nominas-padre-fallecido", "Andrés Villalobos Ruiz <andres.villalobos@gmail.example>",
    "Solicitud de nóminas de mi padre fallecido",
    """Estimados señores:

Mi padre, D. Francisco Villalobos Sáez, falleció el pasado mes de agosto. Trabajó a través de su
empresa de trabajo temporal entre 2018 y 2024 en distintas empresas de Córdoba.

Como heredero, y para tramitar la pensión de viudedad de mi madre, necesitaría copia de sus
nóminas, de los contratos y de los certificados de empresa que tengan de él.

Adjunto certificado de defunción, certificado de últimas voluntades y mi DNI.

Atentamente,
Andrés Villalobos Ruiz
""",
    R(["Access"], "andres.villalobos@gmail.example", "Francisco", "Villalobos Sáez",
      representative="Andrés Villalobos Ruiz"))

add("es-16-rv-cambio-telefono", "Nerea Etxeberria <nerea.etxeberria@acme-corp.example>",
    "RV: cambio de datos",
    """Hola equipo de privacidad,

os reenvío esto que nos ha llegado al buzón de atención al cliente. Creo que lo tenéis que
gestionar vosotros porque pide cambiar datos del perfil.

Gracias!
Nerea

-----Mensaje original-----
De: Pilar Domínguez Sanz <pilar.dominguez.sanz@gmail.example>
Enviado el: domingo, 15 de noviembre de 2026 11:02
Para: soporte@acme-corp.example
Asunto: cambio de datos

Buenos días,
he cambiado de número de teléfono y en la app no me deja modificarlo porque me pide un código
por SMS que llega al número antiguo, que ya no tengo. El nuevo es el 611 555 204. También
quiero que el correo de la cuenta sea este mismo.
¿Lo pueden cambiar ustedes?
Gracias.
Pilar
""",
    R(["Rectification"], "pilar.dominguez.sanz@gmail.example", "Pilar", "Domínguez Sanz"))

add("es-17-rv-borrar-cv-adjunto", "Sergio Blanco <sergio.blanco@acme-corp.example>",
    "RV: Borrar mi CV", "",
    R(["Erasure"], "alenunez@gmail.example", "Alejandro", "Núñez Benítez"),
    note="""Os paso esta petición que me ha llegado directamente a mi correo. El candidato está en
nuestra base de candidatos desde 2021. Yo no he tocado nada todavía.

Sergio Blanco
Consultor de Selección – Oficina Sevilla
""",
    attached=("Alejandro Núñez Benítez <alenunez@gmail.example>", "Borrar mi CV",
              """Hola Sergio,

ya no busco trabajo y prefiero que elimines mi CV y todos mis datos de vuestra base de datos.
Gracias por todo.

Un saludo,
Alejandro Núñez
"""))

add("es-18-ubicacion-perfiles", "Familia Rodríguez <familia.rodriguez@telefonica.example>",
    "Ubicación y ofertas personalizadas",
    """Hola:

Uso la cuenta de la familia para pedir comida, pero la cuenta está a mi nombre (Ana Rodríguez
Blanco). He visto en los ajustes que la app usa mi ubicación "para mejorar recomendaciones" y
que me envían ofertas personalizadas según lo que pedimos.

No quiero que se use mi ubicación para eso ni que me hagan perfiles de consumo: retiro el
consentimiento y me opongo a ese tratamiento.

Contéstenme, por favor, a mi correo personal.

Ana
""",
    R(["Opposition"], "ana.rodriguez.b@gmail.example", "Ana", "Rodríguez Blanco"),
    headers=["Reply-To: Ana Rodríguez <ana.rodriguez.b@gmail.example>"])

add("es-19-acceso-y-portabilidad", "Tomás Echeverría <tomas.echeverria@protonmail.example>",
    "Solicitud de copia y portabilidad",
    """Buenas,

quiero ejercer dos derechos:

1) acceso: que me digáis qué datos tenéis de mí y me mandéis una copia, incluido con quién los
habéis compartido (restaurantes, repartidores, pasarelas de pago);

2) portabilidad: que me enviéis mi historial de pedidos y mis valoraciones en un formato
estructurado (JSON o CSV) para llevármelos a otra plataforma.

Mi usuario es este mismo correo.

Gracias,
Tomás
""",
    R(["Access", "Portability"], "tomas.echeverria@protonmail.example", "Tomás", "Echeverría"))

add("es-20-antecedentes-erroneos", "Juan Carlos Gómez Peña <jcgomezpena@gmail.example>",
    "Verificación de antecedentes errónea",
    """Buenas tardes:

Estoy en proceso de selección con ustedes para un puesto de vigilante en un centro logístico.
La consultora me ha dicho que el informe de la empresa que verifica antecedentes para ustedes
indica que tengo antecedentes penales. Es un error: me han confundido con otra persona con el
mismo nombre y apellidos. Ya les he presentado el certificado negativo del Registro Central de
Penados.

Mientras ustedes lo comprueban, pido que ese informe no se utilice ni se envíe a ningún
cliente y que quede bloqueado (limitación del tratamiento, art. 18 RGPD).

Un saludo,
Juan Carlos Gómez Peña
""",
    R(["Restriction"], "jcgomezpena@gmail.example", "Juan Carlos", "Gómez Peña"))

add("es-21-oposicion-mercadotecnia", "Mercedes Alonso de la Fuente <m.alonsodelafuente@ono.example>",
    "Derecho de oposición – mercadotecnia",
    """Muy señores míos:

Mediante el presente escrito, Dña. Mercedes Alonso de la Fuente, usuaria de su aplicación de
comida a domicilio, ejerce su derecho de oposición (art. 21 RGPD) al tratamiento de sus datos
personales con fines de mercadotecnia directa, incluidos los envíos de «newsletters», SMS,
notificaciones push y llamadas comerciales, así como la elaboración de perfiles con dicha
finalidad.

Sírvanse confirmar por escrito la atención de este derecho.

Atentamente,
Mercedes Alonso de la Fuente
Burgos
""",
    R(["Opposition"], "m.alonsodelafuente@ono.example", "Mercedes", "Alonso de la Fuente"),
    ct=CP1252, encode="cp1252")

# ---------------------------------------------------------------- tasks

add("es-22-task-contrato-verificacion", "Rocío Jiménez <rocio.jimenez@acme-corp.example>",
    "Contrato de encargado de tratamiento – VerifiCheck",
    """Hola,

desde Selección queremos contratar a VerifiCheck S.L. para la verificación de referencias y
antecedentes de candidatos para los clientes del sector seguridad. Nos han enviado su contrato
de encargado del tratamiento y el anexo de medidas de seguridad (adjuntos).

¿Podéis revisarlo antes del día 30? También nos preguntan si hace falta una EIPD.

Gracias,
Rocío Jiménez
Responsable de Selección – Zona Sur
""",
    TASK("rocio.jimenez@acme-corp.example", "Rocío", "Jiménez"))

add("es-23-task-push-geolocalizada", "Pablo Ortega Ruiz <pablo.ortega@acme-corp.example>",
    "Campaña push geolocalizada – ¿se puede?",
    """Buenas!

Desde Growth queremos lanzar en diciembre una campaña de notificaciones push cuando el usuario
pase cerca de un restaurante con promo (geofencing). ¿Qué necesitamos a nivel de privacidad?
¿Consentimiento aparte? ¿Hay que hacer una evaluación de impacto?

Nos gustaría tener vuestro ok antes del 1/12.

Un abrazo,
Pablo
""",
    TASK("pablo.ortega@acme-corp.example", "Pablo", "Ortega Ruiz"))

add("es-24-task-autorizacion-imagenes", "Montserrat Puig i Ferrer <montserrat.puig@acme-corp.example>",
    "Autorización de imágenes – nuevo centro Sabadell",
    """Hola,

en enero abrimos la nueva escuela infantil de Sabadell. Necesito el modelo de autorización de
imágenes y el de personas autorizadas para la recogida, en castellano y en catalán, ya
actualizado con la app de familias. ¿Me lo podéis pasar o revisar el que usamos en Terrassa?

Gràcies!
Montse
Directora – Escola Bressol Sabadell Centre
""",
    TASK("montserrat.puig@acme-corp.example", "Montserrat", "Puig i Ferrer"))

add("es-25-task-rat-crm", "Luis Ángel Carrasco <luisangel.carrasco@acme-corp.example>",
    "Alta de tratamiento en el RAT – nuevo CRM de candidatos",
    """Equipo DPO:

os informo de que el 1 de diciembre migramos la base de candidatos al nuevo CRM (alojado en
Fráncfort). Hay que actualizar el Registro de Actividades de Tratamiento y, supongo, la
cláusula informativa del formulario web. Os adjunto la ficha técnica del proveedor.

Saludos,
Luis Ángel Carrasco
IT Manager
""",
    TASK("luisangel.carrasco@acme-corp.example", "Luis Ángel", "Carrasco"))

# ---------------------------------------------------------------- incidents

add("es-26-inc-robo-movil-repartidor", "Brayan Stiven Mosquera <brayan.mosquera@gmail.example>",
    "Me robaron el celular con la app abierta",
    """Buenas noches,

anoche me robaron el celular en la calle Alcalá mientras entregaba un pedido. Tenía la app de
repartidor abierta con la sesión iniciada, y ahí se ven los nombres, direcciones y teléfonos de
los clientes de los pedidos del día. Ya puse la denuncia en comisaría.

¿Pueden cerrar la sesión o bloquear algo para que nadie vea esos datos?

Brayan Stiven Mosquera
Repartidor ID 33071
""",
    INC("brayan.mosquera@gmail.example", "Brayan Stiven", "Mosquera"))

add("es-27-inc-pedidos-ajenos", "Elena Castro <elena.castro.v@gmail.example>",
    "Veo pedidos de otra persona en mi cuenta",
    """Hola,

al abrir la app hoy me aparecen en "Mis pedidos" pedidos que no son míos, con el nombre de otra
persona (una tal Raquel), su dirección en Málaga y su teléfono. Y en métodos de pago aparece
una tarjeta terminada en 4471 que no es mía.

Imagino que a ella le aparecerán mis datos también. Esto es grave.

Elena Castro
""",
    INC("elena.castro.v@gmail.example", "Elena", "Castro"))

add("es-28-inc-nominas-empresa-equivocada", "Fernando Aguilar <fernando.aguilar@acme-corp.example>",
    "Incidencia: nóminas enviadas a empresa equivocada",
    """Buenos días,

os comunico que el viernes se enviaron por error a la empresa usuaria Logística Levante las
nóminas de octubre de 12 trabajadores cedidos a otra empresa (Conservas del Sur). Las nóminas
incluyen DNI/NIE, IBAN y número de afiliación a la Seguridad Social.

Ya hemos pedido a Logística Levante que las borre, pendiente de confirmación.

Fernando Aguilar
Administración de Personal – Valencia
""",
    INC("fernando.aguilar@acme-corp.example", "Fernando", "Aguilar"))

add("es-29-inc-pendrive-perdido", "Itziar Goikoetxea <itziar.goikoetxea@acme-corp.example>",
    "he perdido un pendrive",
    """Hola,

creo que ayer perdí en el autobús el pendrive que uso para las fotos del aula (clase de 1-2
años, escuela infantil de Bilbao). Tenía fotos de los niños de este trimestre y un documento
con la lista de alergias y los teléfonos de las familias para la excursión.

No estaba cifrado. Lo siento mucho. ¿Qué tengo que hacer?

Itziar
""",
    INC("itziar.goikoetxea@acme-corp.example", "Itziar", "Goikoetxea"))

# ---------------------------------------------------------------- follow-ups

add("es-30-fu-sin-respuesta", "Gabriela Rincón <gaby.rincon@hotmail.example>",
    "RE: [DSR-51093] Hemos recibido su solicitud",
    """Hola, buenas tardes.

Ya pasó un mes y no tengo respuesta. Les agradecería me informen en qué estado se encuentra mi
solicitud de eliminación de datos.

Saludos,
Gabriela Rincón

________________________________
De: privacy@acme-corp.example
Enviado: martes, 13 de octubre de 2026 9:14
Asunto: [DSR-51093] Hemos recibido su solicitud

Estimada Sra. Rincón:
Su solicitud ha quedado registrada con el número DSR-51093. Le responderemos en el plazo de un
mes.
Equipo de Protección de Datos
""",
    FU("51093", "gaby.rincon@hotmail.example", "Gabriela", "Rincón"))

add("es-31-fu-poder-notarial", "Ignacio Fernández de la Vega <ifernandez@fdlv-abogados.example>",
    "RE: Ref. Sra. Quispe Mamani – derecho de acceso y limitación del tratamiento",
    """Muy Sres. míos:

Adjunto remito copia del poder general para pleitos otorgado por mi representada, que por error
no se incluyó en mi anterior correo.

Atentamente,

Ignacio Fernández de la Vega
Abogado
""",
    FU(ref("es-09-abogado-acceso-limitacion"), "ifernandez@fdlv-abogados.example", "Ignacio",
       "Fernández de la Vega"),
    headers=irt("es-09-abogado-acceso-limitacion"))

add("es-32-fu-otro-correo", "jose luis <joseluis.mtz@hotmail.example>", "Re: datos",
    """oigan se me olvido decirles q tambien me registre con otro correo
joseluis.eventos@gmail.example, revisen ese tambien porfa
""",
    FU(ref("es-13-q-datos-tienen"), "joseluis.mtz@hotmail.example", "Jose Luis", "Martinez"),
    headers=irt("es-13-q-datos-tienen"))

# ---------------------------------------------------------------- ignored

add("es-33-spam-herencia", "Dr. Mariano Ekwueme <mariano.ek@fondosinternacionales.example>",
    "Herencia no reclamada – CONFIDENCIAL",
    """Estimado amigo:

Le escribo con la mayor discreción. Soy el abogado personal del difunto ingeniero Carlos
Acme, fallecido en un accidente junto a toda su familia, que dejó en nuestro banco un depósito
de 8.500.000 USD sin herederos. Dado que usted comparte el apellido, le propongo presentarle
como beneficiario; repartiríamos el 60/40.

Para iniciar el proceso, responda con sus datos completos: nombre, dirección, teléfono y copia
de pasaporte. Todo es 100% legal y libre de riesgo.

Dios le bendiga,
Dr. Mariano Ekwueme
""",
    IGN("spam", "mariano.ek@fondosinternacionales.example"),
    headers=SPAM_HDR)

add("es-34-spam-cuenta-eliminada", "Servicio de Seguridad <seguridad@banco-verificacion.example>",
    "Aviso: su cuenta será eliminada en 24 horas",
    """Estimado cliente:

Hemos detectado actividad inusual en su cuenta. Para evitar la eliminación definitiva de su
cuenta y de todos sus datos personales, debe verificar su identidad en las próximas 24 horas:

http://verificar-cuenta.example/login?id=privacy

Si no realiza la verificación, su cuenta será suprimida conforme al RGPD.

Departamento de Seguridad
""",
    IGN("spam", "seguridad@banco-verificacion.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="banco-verificacion.example")])

add("es-35-spam-bases-datos", "Ventas Leads Pro <info@leadsmarketingpro.example>",
    "Bases de datos de empresas 100% RGPD – oferta noviembre",
    """Hola,

¿Necesitas más clientes para tu ETT o tu escuela infantil? Tenemos bases de datos actualizadas
de 50.000 empresas y 120.000 familias con hijos de 0 a 3 años, con email y teléfono, 100%
conformes con el RGPD.

Solo este mes: 30% de descuento. Pide tu muestra gratuita respondiendo a este correo.

Si no desea recibir más comunicaciones, responda BAJA.
""",
    IGN("spam", "info@leadsmarketingpro.example"))

add("es-36-acuse-ticket", "Soporte PagoSeguro <no-reply@pagoseguro.example>",
    "[Ticket #884120] Hemos recibido su consulta",
    """Este es un mensaje automático, por favor no responda a este correo.

Hemos recibido su consulta y le hemos asignado el número de ticket #884120. Uno de nuestros
agentes le responderá en un plazo de 48 a 72 horas laborables.

Atentamente,
Equipo de Soporte PagoSeguro
""",
    IGN("auto_reply", "no-reply@pagoseguro.example"),
    headers=["Auto-Submitted: auto-generated"])

add("es-37-boletin-rgpd", "Boletín Actualidad RGPD <boletin@actualidad-rgpd.example>",
    "Boletín semanal: la AEPD sanciona a una ETT por no atender el derecho de supresión",
    html("<b>Actualidad RGPD &ndash; Boletín n.º 212</b>",
         "La AEPD sanciona con 40.000 &euro; a una empresa de trabajo temporal por no atender en plazo "
         "el derecho de supresión de un candidato.",
         "Guía práctica: imágenes de menores en escuelas infantiles y apps de familias.",
         "Geolocalización de repartidores: qué dicen los tribunales.",
         "<small>Recibe este boletín porque está suscrito. "
         "<a href=\"https://actualidad-rgpd.example/baja\">Darse de baja</a></small>"),
    IGN("bulk", "boletin@actualidad-rgpd.example"),
    ct=HTML,
    headers=["List-Id: Boletin Actualidad RGPD <boletin.actualidad-rgpd.example>",
             "List-Unsubscribe: <https://actualidad-rgpd.example/baja>",
             "Precedence: bulk"])
