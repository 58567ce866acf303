# Spanish (Spain, Latin America) and Catalan-flavoured mail. Written blind.
from common import *

# ---------------------------------------------------------------- requests
add("es-01", "lucia.fernandez.ruiz@correo.example", "baja",
"""Hola, me he dado de baja del plan premium esta mañana. Quiero que borréis también la cuenta y todo lo que tengáis asociado a este correo, no pienso volver.

Lucía Fernández Ruiz

Enviado desde mi móvil Huawei
""", R(["Erasure"], "lucia.fernandez.ruiz@correo.example", "Lucía", "Fernández Ruiz"))

add("es-02", "Jorge Martín-Peñalver Soto <jorge.mpsoto@correo.example>",
"Ejercicio del derecho de acceso - art. 15 RGPD",
"""A la atención del Delegado de Protección de Datos

D. Jorge Martín-Peñalver Soto, mayor de edad, con DNI 50123456-K y domicilio a efectos de notificaciones en C/ Cervantes 22, 2º izda., 28801 Alcalá de Henares (Madrid), por medio del presente escrito

EXPONE
Que ha sido paciente de su clínica dental de Alcalá de Henares entre los años 2021 y 2025, donde se le realizaron, entre otros, dos endodoncias y una extracción del cordal inferior derecho.

SOLICITA
Que, conforme al artículo 15 del Reglamento (UE) 2016/679 y al artículo 13 de la LOPDGDD, se le facilite en el plazo de un mes copia de la totalidad de los datos personales que sobre su persona obran en sus sistemas, incluyendo la historia clínica completa, las ortopantomografías y radiografías periapicales, y los presupuestos firmados.

La copia puede remitirse en formato electrónico a esta misma dirección.

En Alcalá de Henares, a 14 de noviembre de 2026.

Fdo.: Jorge Martín-Peñalver Soto
""", R(["Access"], "jorge.mpsoto@correo.example", "Jorge", "Martín-Peñalver Soto"))

add("es-03", "Guadalupe Hernández Torres <lupita.hdz@correo.example>", "mis datos",
"""Buenas tardes,

fíjense que me llegan casi diario correos de ofertas de su página de bodas y yo ya me casé hace más de un año jaja. Les encargo que ya no me manden nada de publicidad por favor.

Y aprovechando, ¿me podrían decir qué información mía tienen guardada? Me gustaría ver qué tanto saben de mí, porque en su momento subí hasta el menú y la lista de mis invitados.

Muchas gracias, quedo al pendiente.
Lupita Hernández
Guadalajara, Jal.
""", R(["Access", "Opposition"], "lupita.hdz@correo.example", "Guadalupe", "Hernández Torres"))

add("es-04", "PACO GIMENEZ <pacogimenez55@correo.example>", "SMS!!!",
"""NO QUIERO RECIBIR MAS SMS DE LA CLINICA NI DE OFERTAS DE BLANQUEAMIENTO NI DE NADA. MI NUMERO ES 612 345 678. YA LO DIJE EN RECEPCION DOS VECES Y SIGUEN LLEGANDO!!!!

FRANCISCO GIMENEZ
""", R(["Opposition"], "pacogimenez55@correo.example", "Francisco", "Gimenez"))

add("es-05", "Familia Ibáñez Gil <casa.ibanezgil@correo.example>", "Datos mal en mi ficha",
"""Buenos días:

En la ficha de paciente de la clínica de Logroño aparezco como "Marta Ibanez Gil", sin la eñe, y con fecha de nacimiento 03/11/1987 cuando en realidad es el 11/03/1987. Me está dando problemas con el reembolso del seguro porque no cuadra con el DNI.

¿Podrían corregirlo? Les escribo desde el correo de casa, pero por favor respondan a mi dirección personal.

Un saludo,
Marta Ibáñez Gil
""", R(["Rectification"], "marta.ibanez.gil@correo.example", "Marta", "Ibáñez Gil"),
    headers=["Reply-To: marta.ibanez.gil@correo.example"])

add("es-06", "Facundo Etcheverry <facu.etche@correo.example>", "Exportar mis playlists",
"""Hola, ¿qué tal?

Me quiero pasar a otra plataforma pero tengo como 80 playlists armadas en todos estos años y no las quiero perder. ¿Me podés mandar todo eso en un archivo que pueda importar en la otra app, tipo CSV o JSON, con los temas, artistas y el orden?

Ojo, no quiero que me den de baja ni que me borren la cuenta por ahora, la mantengo hasta que termine de migrar todo.

Gracias, che!
Facundo
Rosario, Santa Fe
""", R(["Portability"], "facu.etche@correo.example", "Facundo", "Etcheverry"))

add("es-07", "Sara Olmedo <sara.olmedo@correo.example>", "Duda sobre la lista de invitados",
"""Hola,

estamos organizando nuestra boda con vuestra web y he subido la lista de invitados con nombres, teléfonos y alergias alimentarias (hay un celíaco y una alergia grave a los frutos secos). Antes de seguir me gustaría entender un par de cosas:

- ¿Quién puede ver esa lista? ¿Se la pasáis automáticamente al catering que contratemos o solo cuando nosotros le damos acceso?
- ¿Cuánto tiempo la guardáis después de la boda?

Gracias,
Sara Olmedo Ríos
""", R(["Information"], "sara.olmedo@correo.example", "Sara", "Olmedo Ríos"))

add("es-08", "Rubén Caballero Núñez <ruben.caballero.n@correo.example>", "Financiación rechazada sin explicación",
"""Buenas,

ayer fui a la clínica de Getafe a por el presupuesto de dos implantes (3.200 €) y al pedir el plan de pagos a 24 meses la chica de recepción me dijo que "el sistema" lo había denegado en el momento. Ni una explicación más. Tengo nómina fija desde hace 9 años y ninguna deuda.

No me parece normal que un programa decida esto. Quiero que una persona de verdad revise mi solicitud de financiación y que me expliquen en qué se ha basado la denegación.

Rubén Caballero
Tel. 699 88 77 66
""", R(["AutomatedDecision"], "ruben.caballero.n@correo.example", "Rubén", "Caballero Núñez"))

add("es-09", "Inmaculada Reyes Moreno <inma.reyes@correo.example>", "Reclamación - deuda que no existe",
"""Les escribo porque estoy ya desesperada.

En marzo empecé un tratamiento de ortodoncia invisible en su clínica de Sevilla (Nervión) con un plan de pagos de 18 cuotas. En junio me cambiaron de ortodoncista tres veces, me perdieron un juego de alineadores y al final, de mutuo acuerdo con la directora de la clínica, se canceló el tratamiento y el plan. Tengo el documento firmado.

Pues bien, desde septiembre me llama una empresa de recobro diciendo que debo 480 euros, a veces me llaman al trabajo, y el mes pasado me llegó una carta amenazando con incluirme en un fichero de morosos. Ya he puesto una reclamación en la propia clínica (nº de hoja 2026/117) y me dicen que "lo están mirando".

Mientras no se aclare si debo o no ese dinero les exijo que dejen mis datos bloqueados: que no se usen para nada más, que no se comuniquen a la agencia de recobro ni a ningún fichero de solvencia hasta que se resuelva mi reclamación. Y no, no quiero que borren nada, porque lo necesito todo como prueba.

Además la atención telefónica es lamentable, llevo semanas sin que nadie me coja el teléfono.

Inmaculada Reyes Moreno
DNI 28765432-B
""", R(["Restriction"], "inma.reyes@correo.example", "Inmaculada", "Reyes Moreno"))

add("es-10", "Álvaro Sanz Ortega <asanz@sanzabogados.example>",
"Solicitud de historia clínica - D.ª Rosa María Quintana Bello",
"""Muy Sres. míos:

Actúo en nombre y representación de D.ª Rosa María Quintana Bello, con DNI 23456789-L, paciente de su clínica de Murcia (Avda. de la Libertad), según poder notarial que se adjunta.

Al amparo del artículo 15 del RGPD y del artículo 18 de la Ley 41/2002, básica reguladora de la autonomía del paciente, les requiero para que remitan a este despacho copia íntegra de la historia clínica de mi representada, incluyendo radiografías, tomografía dental (CBCT), consentimientos informados firmados y notas de evolución del tratamiento de implantología realizado entre enero y julio de 2026.

Quedo a su disposición para cualquier aclaración.

Atentamente,

Álvaro Sanz Ortega
Abogado - Colegiado nº 4.321 ICAMU
Sanz & Asociados, Gran Vía Escultor Salzillo 5, 30004 Murcia
T. 968 000 123

Este mensaje y sus adjuntos son confidenciales y se dirigen exclusivamente a su destinatario.
""", R(["Access"], "asanz@sanzabogados.example", "Rosa María", "Quintana Bello", representative="Álvaro Sanz Ortega"))

add("es-11", "Begoña Prieto Salas <bego.prieto@correo.example>", "Perfil de mi hija en el plan familiar",
"""Hola,

soy la titular del plan familiar. Mi hija Carla (Carla Domínguez Prieto, 14 años) tiene un perfil dentro del plan y nos hemos dado cuenta de que la app le está mostrando anuncios de conciertos y "recomendaciones para ti" en base a todo lo que escucha, y que su perfil es público.

Como madre, y dado que es menor, solicito que eliminéis su perfil y todo su historial de escucha. Ya le crearé uno nuevo cuando lo tengamos claro.

Begoña Prieto Salas
""", R(["Erasure"], "bego.prieto@correo.example", "Carla", "Domínguez Prieto", representative="Begoña Prieto Salas"))

add("es-12", "Ignacio Lorente <ignacio.lorente.v@correo.example>", "Fallecimiento de mi padre - su cuenta",
"""Buenas tardes.

Mi padre, Enrique Lorente Vallejo, falleció el pasado mes de septiembre. Tenía una suscripción de pago a vuestro servicio de música con el correo enrique.lorente.1951@correo.example, que seguimos pagando porque no sabemos la contraseña.

Como hijo y heredero, os pido que canceléis la suscripción y eliminéis su cuenta y sus datos. Puedo enviaros el certificado de defunción y el de últimas voluntades si los necesitáis.

Gracias,
Ignacio Lorente Vallejo
""", R(["Erasure"], "ignacio.lorente.v@correo.example", "Enrique", "Lorente Vallejo", representative="Ignacio Lorente Vallejo"))

add("es-13", "Montserrat Puig i Ferrer <montse.puig@correu.example>", "Sol·licitud d'accés a les meves dades",
"""Bon dia,

Sóc pacient de la clínica de Sabadell des del 2019. D'acord amb el Reglament general de protecció de dades, us demano que em feu arribar totes les dades personals que teniu meves: la fitxa, l'historial, les radiografies i els pressupostos.

Podeu enviar-m'ho per correu electrònic a aquesta adreça.

Moltes gràcies,
Montserrat Puig i Ferrer
""", R(["Access"], "montse.puig@correu.example", "Montserrat", "Puig i Ferrer"))

add("es-14", "Jordi Vilaró <jvilaro@correu.example>", "Baixa / baja",
"""Hola, bon dia.

Perdonad que escriba mezclando, soy de Girona. Vam fer servir la vostra web per al casament el 2024 y ya no la necesitamos para nada. Us demano que esborreu el meu compte i totes les dades, incluidos los presupuestos de los proveedores que contacté.

I mentrestant, que no me enviéis més newsletters, que cada setmana me llega una de "ideas para tu boda".

Gràcies,
Jordi Vilaró i Camps
""", R(["Erasure", "Opposition"], "jvilaro@correu.example", "Jordi", "Vilaró i Camps"))

add("es-15", "Noelia Cabrera Díaz <noelia.cabrera@correo.example>", "Eliminar galería de fotos de la boda",
html("Hola:",
     "Nos casamos en junio y el fotógrafo subió la galería a vuestra plataforma. Ya nos lo hemos descargado todo.",
     "<b>Queremos que se borre la galería completa</b> (unas 900 fotos, salen muchos niños de la familia) y también nuestro perfil de pareja.",
     "Un saludo,<br>Noelia Cabrera Díaz"),
R(["Erasure"], "noelia.cabrera@correo.example", "Noelia", "Cabrera Díaz"), ct=HTML)

add("es-16", "Ramon Esteve <ramon.esteve@correo.example>", "Cambio de domicilio y movil",
"""Buenas,

me he mudado y quiero que actualicen mis datos de paciente en la clínica de Castellón:
nueva dirección C/ Mayor 14, 3º B, 12001 Castellón de la Plana
móvil nuevo 655 123 987 (el antiguo ya no es mío)

Gracias.
Ramón Esteve Albiol
""", R(["Rectification"], "ramon.esteve@correo.example", "Ramón", "Esteve Albiol"), ct=LATIN1, encode="latin-1")

add("es-17", "Nuria Vidal <nuria.vidal@acme-corp.example>", "RV: Radiografías",
"""Hola equipo de privacidad,

os reenvío lo que nos ha mandado un paciente al correo de recepción de Zaragoza. Creo que esto os toca a vosotros, ¿no? Avisadme si necesitáis algo de la clínica.

Nuria Vidal
Coordinadora de recepción - Clínica Zaragoza Centro

---------- Mensaje reenviado ----------
De: Tomás Aguirre Lasa <tomas.aguirre.l@correo.example>
Fecha: jueves, 12 nov 2026, 19:42
Asunto: Radiografías
Para: recepcion.zaragoza@acme-corp.example

Buenas tardes, me gustaría tener todas las radiografías que me habéis hecho desde que soy paciente y el informe del periodoncista, en digital si puede ser. Es para tenerlo yo.
Gracias,
Tomás Aguirre
""", R(["Access"], "tomas.aguirre.l@correo.example", "Tomás", "Aguirre Lasa"))

add("es-18", "Diego Ramos <diego.ramos@acme-corp.example>", "FW: No quiero recomendaciones", "",
R(["Opposition"], "irene.castillo.vega@correo.example", "Irene", "Castillo Vega"),
attached=("Irene Castillo Vega <irene.castillo.vega@correo.example>", "No quiero recomendaciones",
"""Hola,

no me gusta nada que la app analice todo lo que escucho para hacerme "mixes diarios" y mandarme notificaciones de "porque escuchaste...". Quiero que dejéis de usar mi historial para personalizar y para publicidad. La cuenta la quiero seguir usando, eso sí.

Irene Castillo
"""),
note="""Hola privacidad,

os paso como adjunto este correo que ha entrado en soporte. La usuaria pide que no usemos su historial para recomendaciones. No sé si se puede desactivar desde backoffice, ¿lo gestionáis vosotros?

Diego Ramos
Atención al cliente - Streaming
""")

add("es-19", "Antonio Marín <amarin1960@correo.example>", "cita jueves",
"""Buenos días, tenía cita el jueves a las 10 en la clínica de Jaén y esta vez no me ha llegado el SMS de confirmación como otras veces. ¿Sigue en pie la cita? Gracias.

Antonio Marín Serrano

Enviado desde mi iPad
""", R(["Unknown"], "amarin1960@correo.example", "Antonio", "Marín Serrano"))

add("es-20", "Floristería Las Camelias <info@lascamelias.example>", "Factura comisión octubre",
"""Hola,

somos proveedores de flores en vuestra plataforma de bodas. Nos ha llegado la factura de la comisión de octubre con un importe que no cuadra con las dos bodas que cerramos por la web (nos cobráis tres). ¿Nos podéis revisar la factura F-2026-10-8812?

Gracias,
Rocío Benítez
Floristería Las Camelias - Huelva
""", R(["Unknown"], "info@lascamelias.example", "Rocío", "Benítez"))

add("es-21", "davidgl_92@correo.example", "datos",
"""ola buenas kiero saver q datos mios teneis en la app de musica y luego q los borreis todos q me e cambiado a otra app gracias

david
""", R(["Access", "Erasure"], "davidgl_92@correo.example", "David", None))

add("es-22", "Valentina Ospina Restrepo <valeospina@correo.example>", "Consulta sobre conservación de radiografías",
"""Buenas tardes, qué pena molestarlos.

Viví unos años en Madrid y me hice un tratamiento de ortodoncia con ustedes. Ahora estoy de regreso en Medellín. Quisiera saber por cuánto tiempo conservan las radiografías y la historia clínica, y si esa información se comparte con alguna aseguradora o laboratorio.

No estoy pidiendo que las borren, de pronto las necesito más adelante para un odontólogo de acá.

Mil gracias,
Valentina Ospina Restrepo
""", R(["Information"], "valeospina@correo.example", "Valentina", "Ospina Restrepo"))

add("es-23", "Matías Soto Araya <mati.soto.a@correo.example>", "Historial",
"""Hola, ¿cómo están?

Quiero ver todo lo que tienen registrado de mí: historial de lo que he escuchado, búsquedas, dispositivos, y la ubicación si es que la guardan. ¿Me lo pueden enviar?

Se agradece harto.
Matías
""", R(["Access"], "mati.soto.a@correo.example", "Matías", "Soto Araya"))

add("es-24", "Hugo Navarro Fotografía <hugo@hugonavarrofoto.example>", "Teléfono en mi perfil de proveedor",
"""Buenas,

en mi perfil de proveedor de la web de bodas aparece mi móvil personal en vez del teléfono del estudio. Cámbienlo por el 910 000 111, por favor, que me están llamando novias a las 11 de la noche.

Hugo Navarro Beltrán
Hugo Navarro Fotografía · Madrid
""", R(["Rectification"], "hugo@hugonavarrofoto.example", "Hugo", "Navarro Beltrán"))

add("es-25", "Cristina Alonso Vera <cris.alonso.vera@correo.example>", "Mis datos en una lista de invitados",
"""Hola,

no soy usuaria de vuestra web, pero una antigua compañera de trabajo me incluyó en la lista de invitados de su boda y desde entonces me llegan correos vuestros con "ideas para tu próxima boda". Yo no he dado mi consentimiento a nada.

Quiero saber qué datos míos tenéis exactamente y de dónde los habéis sacado, y después que los eliminéis todos.

Cristina Alonso Vera
""", R(["Access", "Erasure"], "cris.alonso.vera@correo.example", "Cristina", "Alonso Vera"))

add("es-26", "Patricia Gallego <patri.gallego@correo.example>", "Fotos de mi sonrisa en Instagram",
"""Hola,

en 2023 firmé una autorización para que usarais las fotos del "antes y después" de mis carillas. Ahora he visto que salen en vuestro Instagram, en la web y hasta en un folleto de la clínica de Alicante, con la cara entera.

Retiro ese consentimiento y os pido que quitéis las fotos de todos los sitios donde estén.

Patricia Gallego Sempere
""", R(["Opposition", "Erasure"], "patri.gallego@correo.example", "Patricia", "Gallego Sempere"))

add("es-27", "Luis Alberto Quispe Mamani <lquispe@correo.example>", "Traslado de historia clínica",
"""Estimados señores:

Por motivos laborales regreso a Lima y voy a continuar el tratamiento de endodoncia con otro odontólogo. ¿Podrían enviar mi historia clínica y las radiografías digitales directamente a la Clínica Dental Miraflores (contacto@dentalmiraflores.example), en un formato digital que ellos puedan abrir?

Les agradeceré la gentileza.

Atentamente,
Luis Alberto Quispe Mamani
""", R(["Portability"], "lquispe@correo.example", "Luis Alberto", "Quispe Mamani"))

add("es-28", "Elena Sáez <elena.saez@correo.example>", "¿Dónde están mis datos?",
"""Hola, una pregunta rápida: ¿vuestros servidores están en Estados Unidos? Quiero saber si mis datos de escucha y de pago salen de la Unión Europea y, si es así, con qué garantías y a qué empresas se envían.

Gracias,
Elena Sáez
""", R(["Information"], "elena.saez@correo.example", "Elena", "Sáez"))

add("es-29", "Fundación Tutelar Aragón <tutelas@fundaciontutelar.example>", "Solicitud de documentación - D. Ángel Ferrer Cortés",
"""Buenos días,

La Fundación Tutelar Aragón ejerce la curatela representativa de D. Ángel Ferrer Cortés (DNI 17654321-P) en virtud de resolución judicial del Juzgado de Primera Instancia nº 13 de Zaragoza, que adjuntamos.

D. Ángel ha sido atendido en su clínica de Zaragoza (Delicias) y necesitamos, para el seguimiento de su situación, una copia de su expediente: presupuestos aceptados, contratos de financiación firmados y los tratamientos realizados.

Quedamos a la espera.

Pilar Lasheras Ruiz
Trabajadora social - Área de tutelas
Fundación Tutelar Aragón · 976 000 444
""", R(["Access"], "tutelas@fundaciontutelar.example", "Ángel", "Ferrer Cortés", representative="Pilar Lasheras Ruiz"))

add("es-30", "Yusneidy Pérez <yusneidy.perez@correo.example>", "Llamadas del seguro dental",
"""Buenas tardes, mi nombre es Yusneidy Pérez Rondón. Desde hace un mes me llaman casi todos los días de parte de ustedes para ofrecerme un seguro dental. Ya les dije por teléfono que no me interesa. Por favor dejen de llamarme y saquen mi número de esas campañas.

Dios les bendiga.
""", R(["Opposition"], "yusneidy.perez@correo.example", "Yusneidy", "Pérez Rondón"))

# ---------------------------------------------------------------- follow-ups
add("es-31", "Alberto Ruiz de la Torre <aruizdelatorre@correo.example>", "Re: [DSR-40217] Hemos recibido su solicitud",
"""Buenos días, adjunto la copia del DNI por las dos caras, como me pedían. ¿Cuánto tardarán más o menos?

Alberto Ruiz de la Torre

El 10/11/2026 a las 9:14, privacy@acme-corp.example escribió:
> Estimado/a cliente:
> Hemos recibido su solicitud, registrada con la referencia DSR-40217.
> Para poder tramitarla necesitamos verificar su identidad. Por favor,
> responda a este correo adjuntando una copia de su documento de identidad.
> Un saludo,
> Equipo de Privacidad
""", FU("40217", "aruizdelatorre@correo.example", "Alberto", "Ruiz de la Torre"))

add("es-32", "Soledad Pizarro Lagos <sole.pizarro@correo.example>", "RE: [DSR-40388] Acuse de recibo",
"""Ha pasado MÁS DE UN MES desde que recibí este acuse y no sé nada de mi solicitud. El plazo legal es de un mes. Si la semana que viene no tengo respuesta presentaré reclamación ante la Agencia Española de Protección de Datos.

Soledad Pizarro

-----Mensaje original-----
De: privacy@acme-corp.example
Enviado el: viernes, 9 de octubre de 2026 11:02
Asunto: [DSR-40388] Acuse de recibo
Le confirmamos la recepción de su solicitud (ref. DSR-40388).
""", FU("40388", "sole.pizarro@correo.example", "Soledad", "Pizarro Lagos"))

add("es-33", "Jorge Martín-Peñalver Soto <jorge.mpsoto@correo.example>", "Re: Ejercicio del derecho de acceso - art. 15 RGPD",
"""Buenas tardes,

en relación con mi escrito de esta mañana, olvidé indicar que en 2022 también me hicieron un TAC en la clínica de Torrejón de Ardoz, derivado desde Alcalá. Les ruego que lo incluyan.

Un saludo,
Jorge Martín-Peñalver Soto
""", FU(ref("es-02"), "jorge.mpsoto@correo.example", "Jorge", "Martín-Peñalver Soto"), headers=irt("es-02"))

add("es-34", "lucia.fernandez.ruiz@correo.example", "Re: baja",
"""Por cierto, el plan lo pagaba con PayPal con otro correo (lucia.fr.paypal@correo.example), por si os hace falta para encontrar la cuenta.

Lucía

Enviado desde mi móvil Huawei
""", FU(ref("es-01"), "lucia.fernandez.ruiz@correo.example", "Lucía", "Fernández Ruiz"), headers=irt("es-01"))

# ---------------------------------------------------------------- tasks
add("es-35", "Carmen Delgado <carmen.delgado@acme-corp.example>", "Contrato nuevo proveedor SMS",
"""Hola,

desde marketing queremos cambiar de proveedor para los SMS de recordatorio de citas de las clínicas (pasamos a SMSRápido S.L.) a partir de enero. Nos han mandado su contrato de encargado del tratamiento y un anexo de medidas de seguridad. ¿Podéis revisarlo antes del 30 de noviembre? Os lo dejo en la carpeta compartida de Legal.

Gracias,
Carmen Delgado
Responsable de CRM - Clínicas
""", TASK("carmen.delgado@acme-corp.example", "Carmen", "Delgado"))

add("es-36", "Pablo Iglesias Ferrán <pablo.iglesias@acme-corp.example>", "Registro de actividades - motor de recomendaciones v3",
"""Buenas,

el mes que viene ponemos en producción el nuevo motor de recomendaciones del servicio de streaming, que además del historial de escucha usará la hora del día y el tipo de dispositivo. Entiendo que hay que actualizar el registro de actividades de tratamiento (y quizá la política de privacidad). ¿Me decís qué necesitáis de nosotros?

Pablo Iglesias Ferrán
Data Engineering Lead
""", TASK("pablo.iglesias@acme-corp.example", "Pablo", "Iglesias Ferrán"))

add("es-37", "Raquel Moya <raquel.moya@acme-corp.example>", "Formación RGPD personal de recepción",
"""Hola equipo,

en enero se incorporan 12 recepcionistas nuevas en las clínicas de Valencia y Castellón. ¿Podríais preparar una sesión de formación de protección de datos (1 hora, online) centrada en la atención a pacientes: qué se puede decir por teléfono, entregar radiografías, etc.? Proponedme fechas.

Raquel Moya
RRHH
""", TASK("raquel.moya@acme-corp.example", "Raquel", "Moya"))

add("es-38", "Iker Etxeberria <iker.etxeberria@acme-corp.example>", "EIPD reconocimiento facial galerías",
"""Kaixo,

producto quiere lanzar en la plataforma de bodas una función para que cada invitado encuentre "sus fotos" en la galería subiendo un selfie (reconocimiento facial). Legal nos ha dicho que antes hace falta una evaluación de impacto. ¿Podemos agendar una reunión para arrancarla? Tengo el documento funcional.

Iker Etxeberria
Product Manager - Bodas
""", TASK("iker.etxeberria@acme-corp.example", "Iker", "Etxeberria"))

add("es-39", "Marina Ortiz <marina.ortiz@acme-corp.example>", "Cuestionario de la financiera",
"""Hola,

la entidad financiera con la que damos los planes de pago de las clínicas nos ha enviado su cuestionario anual de proveedores (unas 60 preguntas sobre seguridad y protección de datos). Lo necesitan para el 4 de diciembre. Os lo reenvío en un minuto; ¿quién puede ayudarme con la parte de RGPD?

Marina Ortiz
Finanzas
""", TASK("marina.ortiz@acme-corp.example", "Marina", "Ortiz"))

# ---------------------------------------------------------------- incidents
add("es-40", "Sergio Cano <sergio.cano@acme-corp.example>", "URGENTE robo portátil",
"""Hola, esta mañana me han roto la ventanilla del coche en el parking de la clínica de Málaga y se han llevado el portátil de la clínica. Tenía abierta la agenda de citas de la semana y hay exportados en el escritorio los listados de pacientes con plan de pagos (nombre, DNI, teléfono, cuotas pendientes). No sé si el disco estaba cifrado. Ya he puesto la denuncia en la Policía Nacional. ¿Qué más hago?

Sergio Cano
Gerente Clínica Málaga Centro
654 00 11 22
""", INC("sergio.cano@acme-corp.example", "Sergio", "Cano"))

add("es-41", "Amparo Soler <amparo.soler@correo.example>", "Me ha llegado la radiografía de otra persona",
"""Buenas tardes,

hoy he recibido en mi correo un email de su clínica de Valencia con "su radiografía y presupuesto" pero no son míos: son de una tal Encarna, con su fecha de nacimiento, la radiografía panorámica y un presupuesto de 2.900 euros. Yo soy paciente también, pero de la clínica de Gandía.

Les aviso para que lo sepan, y díganme si lo borro. No me parece nada serio.

Amparo Soler
""", INC("amparo.soler@correo.example", "Amparo", "Soler"))

add("es-42", "Laura Benito <laura.benito@acme-corp.example>", "He enviado una lista de invitados a otra pareja",
"""Hola,

acabo de darme cuenta de que al contestar a una pareja (Ana y Javi) les he adjuntado por error el Excel de la lista de invitados de otra boda (Patricia y Marcos): 180 personas con nombres, teléfonos, mesa y alergias. Les he escrito pidiendo que lo borren pero aún no han contestado. Lo envié hace 20 minutos.

Lo siento muchísimo. ¿Qué tengo que hacer?

Laura Benito
Wedding planner - Atención a parejas
""", INC("laura.benito@acme-corp.example", "Laura", "Benito"))

add("es-43", "Óscar Rivas <oscar.rivas@acme-corp.example>", "creo que he picado en un phishing",
"""Me ha llegado un correo que parecía de Microsoft diciendo que mi buzón estaba lleno, he pinchado y he puesto mi usuario y contraseña. Después me he dado cuenta de que la web era rara. He cambiado la contraseña ya. Tengo acceso al CRM de clínicas. Aviso por si acaso.

Óscar
Contabilidad
""", INC("oscar.rivas@acme-corp.example", "Óscar", "Rivas"))

add("es-44", "Karla Mendoza <karla.mendoza@correo.example>", "Veo la cuenta de otra familia",
"""Hola, buenas noches.

Al entrar hoy a la app en la sección de "Plan Familiar" me aparecen otras personas que no conozco: un tal Rodrigo Salinas con su correo, su foto y sus playlists, y dos perfiles más. Yo solo tengo a mi esposo y a mi hijo. Puedo ver lo que escuchan y hasta su fecha de nacimiento. Me da miedo que ellos también vean lo nuestro.

¿Me pueden ayudar? Les mando captura.

Karla Mendoza
CDMX
""", INC("karla.mendoza@correo.example", "Karla", "Mendoza"))

# ---------------------------------------------------------------- ignored
add("es-45", "Reputación Online Pro <info@borra-tu-rastro.example>", "¿Sus datos personales siguen en Internet? Los eliminamos",
"""Estimado responsable:

¿Sabía que sus datos personales y los de su empresa aparecen en cientos de webs? Nuestro equipo de abogados especialistas en RGPD elimina su información de Google, redes sociales y directorios en 72 horas.

OFERTA EXCLUSIVA: derecho al olvido desde 99 €. ¡Proteja su reputación ya!

Responda a este correo con su teléfono y le llamamos.

Para no recibir más comunicaciones, responda BAJA.
""", IGN("spam", "info@borra-tu-rastro.example"), headers=SPAM_HDR)

add("es-46", "Servicio de Cuentas <seguridad@verificacion-cuentas.example>", "Aviso: su cuenta será eliminada conforme al RGPD",
"""Estimado usuario,

Debido a la nueva normativa de protección de datos, su cuenta y todos sus datos serán ELIMINADOS en 24 horas si no confirma su identidad.

Verifique su cuenta ahora: http://verificacion-cuentas.example/login

Departamento de Seguridad
""", IGN("spam", "seguridad@verificacion-cuentas.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="verificacion-cuentas.example")])

add("es-47", "Francisco Javier Luna <fj.luna@bufeteluna.example>", "Respuesta automática: Ejercicio de derechos",
"""Gracias por su mensaje. Estaré fuera del despacho hasta el 23 de noviembre con acceso limitado al correo. Para asuntos urgentes contacte con secretaria@bufeteluna.example o llame al 91 000 55 66.

Francisco Javier Luna
""", IGN("auto_reply", "fj.luna@bufeteluna.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("es-48", "Boletín Salud Dental <boletin@saluddental-noticias.example>", "Boletín nº 212: novedades en protección de datos para clínicas",
"""BOLETÍN SALUD DENTAL - Noviembre 2026

- La AEPD sanciona a una clínica por enviar radiografías por WhatsApp
- Guía práctica: cuánto tiempo conservar la historia clínica
- Webinar: derechos de los pacientes y RGPD (inscripción gratuita)

Recibe este boletín porque está suscrito. Darse de baja: https://saluddental-noticias.example/baja
""", IGN("bulk", "boletin@saluddental-noticias.example"),
    headers=["List-Id: Boletin Salud Dental <boletin.saluddental-noticias.example>",
             "List-Unsubscribe: <https://saluddental-noticias.example/baja>", "Precedence: bulk"])

add("es-49", "Mail Delivery System <MAILER-DAEMON@mx.correo.example>", "Undelivered Mail Returned to Sender", "",
IGN("bounce", "MAILER-DAEMON@mx.correo.example"), dsn=True)

add("es-50", "Sra. Margarita Wilson <margarita.wilson@herencias-intl.example>", "Herencia pendiente a su nombre",
"""Querido amigo en Cristo,

Soy la viuda del difunto ingeniero Wilson y tengo depositados 4.500.000 USD en un banco. Por motivos de salud deseo donar este dinero a una persona honesta. Por su seguridad y protección de datos personales, borre este mensaje después de leerlo y responda solo con su nombre completo, dirección y número de cuenta.

Que Dios le bendiga
""", IGN("spam", "margarita.wilson@herencias-intl.example"))
